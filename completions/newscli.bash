_newscli_completion() {
    local IFS=$'\n'
    local words=() cword=0 i
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        if (( ${#words[@]} )) && [[ ( ${COMP_WORDS[i]} == "=" && ${words[-1]} == -* ) || ( ${words[-1]} == -*= && ${COMP_WORDS[i-1]} == "=" ) ]]; then
            words[-1]+=${COMP_WORDS[i]}
        else
            words+=("${COMP_WORDS[i]}")
        fi
        if (( i == COMP_CWORD )); then cword=$(( ${#words[@]} - 1 )); fi
    done
    COMPREPLY=( $( env COMP_WORDS="${words[*]}" \
                   COMP_CWORD=$cword \
                   _NEWSCLI_COMPLETE=complete_bash $1 ) )
    return 0
}

complete -o default -F _newscli_completion newscli
