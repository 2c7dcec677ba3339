" ftplugin/regl.vim — editing settings for Regl (reglc): `#` comments,
" two-space indentation (the layout of `reglc fmt`), and reglc as the
" compiler of :make.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

setlocal comments=:# commentstring=#\ %s
setlocal expandtab shiftwidth=2 softtabstop=2
setlocal formatoptions-=t formatoptions+=croql
compiler reglc

let b:undo_ftplugin = 'setlocal comments< commentstring< expandtab< shiftwidth<'
      \ . ' softtabstop< formatoptions< makeprg< errorformat<'
