" compiler/reglc.vim — `:compiler reglc`, then `:make` checks the current
" file with `reglc check` and fills the quickfix list from its text
" diagnostics (docs/diagnostics.md):
"   FILE:LINE:COL: error[E0401]: message
"   FILE:LINE:COL: warning[W0502]: message
"   FILE:LINE:COL: note: message
" The source excerpt, the underline and `= hint:` lines that follow are
" skipped; the summary line ("2 errors, 1 warning") too.
if exists('current_compiler')
  finish
endif
let current_compiler = 'reglc'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=reglc\ check\ --color=never\ %:S
" %t takes the first letter of the severity; the code stays in the message.
CompilerSet errorformat=
      \%f:%l:%c:\ %trror%m,
      \%f:%l:%c:\ %tarning%m,
      \%f:%l:%c:\ %tote:\ %m,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
