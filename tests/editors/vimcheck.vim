" vimcheck.vim — run by tests/editors/run.sh as
"   vim -Es -N -u NONE -S tests/editors/vimcheck.vim FILE OUT
" (arguments through $REGL_FILE and $REGL_OUT): loads editors/vim, opens the
" file, and writes one "ok NAME" / "FAIL NAME: why" line per check to OUT.
set nocompatible
let &runtimepath = getcwd() . '/editors/vim,' . &runtimepath
let v:errmsg = ''
filetype plugin on
syntax on
let s:out = []
function! s:check(name, ok, why) abort
  call add(s:out, (a:ok ? 'ok ' : 'FAIL ') . a:name . (a:ok ? '' : ': ' . a:why))
endfunction
" The syntax group at the first match of pattern (the cursor at its start).
function! s:group_at(pattern) abort
  call cursor(1, 1)
  let [l, c] = searchpos(a:pattern, 'cW')
  if l == 0
    return '(no match for ' . a:pattern . ')'
  endif
  return synIDattr(synID(l, c, 1), 'name')
endfunction
execute 'edit ' . fnameescape($REGL_FILE)
let s:name = fnamemodify($REGL_FILE, ':t')
call s:check('vim-filetype-' . s:name, &filetype ==# 'regl', 'filetype is "' . &filetype . '"')
call s:check('vim-loads-' . s:name, v:errmsg ==# '' && exists('b:current_syntax'),
      \ 'error: ' . v:errmsg)
for [s:what, s:pat, s:want] in [
      \ ['keyword', '^\s*\zsroute\>', 'reglKeyword'],
      \ ['comment', '^\s*\zs#', 'reglComment'],
      \ ['string', '^actor\s\+\k\+\s\+\k\+\s\+\zs"', 'reglString'],
      \ ['number', '\<\d\+\s\+\(min\|h\|wd\|cd\)\>', 'reglNumber'],
      \ ['unit', '\<\d\+\s\+\zs\(min\|h\|wd\|cd\)\>', 'reglUnit'],
      \ ['label', '^\s\+\zs\k\+\ze:\s', 'reglLabel'],
      \ ['actor', '^actor\s\+\zs\k', 'reglActor'],
      \ ['stated', '^\s*\zsstated\>', 'reglStated']]
  let s:got = s:group_at(s:pat)
  if s:got =~# '^(no match'
    continue
  endif
  call s:check('vim-' . s:what . '-' . s:name, s:got ==# s:want,
        \ 'expected ' . s:want . ', got "' . s:got . '"')
endfor
" The errorformat reads reglc's text diagnostics.
let s:lines = ['ex.regl:12:5: error[E0401]: the step takes too long',
      \ ' 12 |   x "y" 5 min', '    |   ^', '  = hint: shorten it',
      \ 'ex.regl:3:1: warning[W0502]: no Russian text', '1 error, 1 warning']
" cgetexpr reads the global value; :make reads the buffer's.
let &g:errorformat = &l:errorformat
cgetexpr s:lines
let s:qf = filter(getqflist(), 'v:val.valid')
call s:check('vim-errorformat-' . s:name, len(s:qf) == 2 && s:qf[0].lnum == 12 && s:qf[0].col == 5
      \ && s:qf[0].type ==# 'e' && s:qf[1].type ==# 'w' && s:qf[0].text =~# 'E0401',
      \ 'quickfix: ' . string(map(copy(s:qf), '[v:val.lnum, v:val.col, v:val.type, v:val.text]')))
" ... and what reglc really printed ($REGL_DIAG, $REGL_NDIAG entries).
if $REGL_DIAG !=# ''
  cgetexpr readfile($REGL_DIAG)
  let s:n = len(filter(getqflist(), 'v:val.valid && v:val.type =~# "[ew]"'))
  call s:check('vim-errorformat-reglc-output', s:n == str2nr($REGL_NDIAG),
        \ s:n . ' entries, expected ' . $REGL_NDIAG)
endif
call writefile(s:out, $REGL_OUT)
qall!
