# bash completion for reglc (installed as share/bash-completion/completions/reglc)
_reglc()
{
	local cur prev cmd
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	cmd=${COMP_WORDS[1]}
	local common="--diagnostics-format= --color= --messages -Werror --max-errors
		--calendar --source -j -Wno-W0501 -Wno-W0502 -Wno-W0602 -Wno-W0603 -Wno-W0703"
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "check build explain deadline fmt import-table --version --help" -- "$cur"))
		return
	fi
	case $prev in
	--calendar|--source) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	-o) COMPREPLY=($(compgen -d -- "$cur")); return ;;
	--messages) COMPREPLY=($(compgen -W "en kk ru" -- "$cur")); return ;;
	--lang) COMPREPLY=($(compgen -W "kk ru kk,ru" -- "$cur")); return ;;
	-T) COMPREPLY=($(compgen -W "svg png pdf dot html md svg,pdf svg,png svg,html,md" -- "$cur")); return ;;
	--outcome) COMPREPLY=($(compgen -W "result refusal" -- "$cur")); return ;;
	--max-errors|-j|--route|--from|--lines|--where) return ;;
	esac
	case $cur in
	--diagnostics-format=*)
		COMPREPLY=($(compgen -P --diagnostics-format= -W "text json sarif" -- "${cur#*=}"))
		return ;;
	--color=*)
		COMPREPLY=($(compgen -P --color= -W "auto always never" -- "${cur#*=}"))
		return ;;
	-*)
		local opts=$common
		case $cmd in
		check) opts="$opts --lang --verify --time-stats" ;;
		build) opts="$opts -o --lang -T -MD" ;;
		explain) opts="$opts --route" ;;
		deadline) opts="$opts --route --from --outcome" ;;
		fmt) opts="-w --check" ;;
		import-table) opts="--lines --where --messages --source" ;;
		esac
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		[ "${COMPREPLY[0]: -1}" = "=" ] && compopt -o nospace 2>/dev/null
		return ;;
	esac
	# files: .regl files and folders
	COMPREPLY=($(compgen -f -X '!*.regl' -- "$cur") $(compgen -d -- "$cur"))
	compopt -o filenames 2>/dev/null
}
complete -F _reglc reglc
