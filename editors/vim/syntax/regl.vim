" syntax/regl.vim — highlighting for Regl, the language of reglc
" (docs/language.md): keywords, strings, numbers with their units,
" comments, labels, actor ids, references and `stated` lines.
" A name after a number on the same line is its unit, as in the scanner.
if exists('b:current_syntax')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" Names: letters (Latin, Cyrillic…), digits, `_` and inner `-`.
syntax iskeyword @,48-57,_,192-255,-

syntax keyword reglKeyword regulation actor route term use end if goto max
syntax keyword reglKeyword yes no within automatic unchecked silent
syntax keyword reglKeyword appendix part column box mark participants unnamed
syntax keyword reglStated stated
syntax keyword reglRu ru

syntax match reglComment "#.*$" contains=reglTodo,@Spell
syntax keyword reglTodo contained TODO FIXME XXX NOTE
syntax region reglString start=+"+ skip=+\\[\\"]+ end=+"+ end=+$+ contains=reglEscape,@Spell oneline
syntax match reglEscape contained +\\[\\"]+

" 15 min, 1 h 30 min, 3 wd: the number and its unit.
syntax match reglNumber "\<\d\+\>"
syntax match reglDuration "\<\d\+\s\+\k\+" contains=reglNumber,reglUnit
syntax match reglUnit contained "\s\zs\k\+"
syntax match reglOperator "->\|<=\|≤\|\.\."
" A date of in-force: 2014-10-24.
syntax match reglDate "\<\d\{4}-\d\d-\d\d\>"

" A label at the start of an indented line (fields start at column 1).
syntax match reglLabel "^\s\+\zs\k\+\ze\s*:"
syntax match reglField "^\k\+\ze\s*:"
" Actor ids: declared, and the actor of a step or a decision.
" (A keyword wins over a match starting at the same column, so the names
" after a keyword are found by looking behind.)
syntax match reglActor "\(\<actor\s\+\)\@<=\k\+"
syntax match reglStepActor "^\s\+\(\k\+\s*:\s*\)\=\zs\k\+\ze\s\+\"" contains=reglKeyword,reglRu
syntax match reglStepActor "\(\<if\s\+\)\@<=\k\+\ze\s\+\""
" References: goto LABEL, use ROUTE.LABEL, stated LABEL.
syntax match reglRef "\(\<\(goto\|use\|stated\)\s\+\)\@<=\k\+\(\.\k\+\)\=" contains=reglRefDot
syntax match reglRef "\(\.\.\s*\)\@<=\k\+\.\k\+" contains=reglRefDot
syntax match reglRefDot contained "\."
syntax match reglBrace "[{}]"

highlight default link reglKeyword Keyword
highlight default link reglStated Statement
highlight default link reglRu Special
highlight default link reglComment Comment
highlight default link reglTodo Todo
highlight default link reglString String
highlight default link reglEscape SpecialChar
highlight default link reglNumber Number
highlight default link reglDate Number
highlight default link reglUnit Type
highlight default link reglOperator Operator
highlight default link reglLabel Function
highlight default link reglField Identifier
highlight default link reglActor Identifier
highlight default link reglStepActor Identifier
highlight default link reglRef Function
highlight default link reglRefDot Delimiter
highlight default link reglBrace Delimiter

let b:current_syntax = 'regl'

let &cpo = s:cpo_save
unlet s:cpo_save
