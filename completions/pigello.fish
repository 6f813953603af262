# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pigello_global_optspecs
    string join \n p/profile= config= environment= base-url= o/output= timeout= retries= cacert= v/verbose sandbox sandbox-data= dry-run curl color= h/help V/version
end

function __fish_pigello_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pigello_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pigello_using_subcommand
    set -l cmd (__fish_pigello_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pigello -n "__fish_pigello_needs_command" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_needs_command" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_needs_command" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_needs_command" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_needs_command" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_needs_command" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_needs_command" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_needs_command" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_needs_command" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_needs_command" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_needs_command" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_needs_command" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_needs_command" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_needs_command" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_needs_command" -s V -l version -d 'Print version'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "conn" -d 'Manage integration service ID connections'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "sandbox" -d 'The embedded emulator of the API, served for other tools'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "config" -d 'Write, show and list the settings'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pigello -n "__fish_pigello_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "create" -d 'Create one connection'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "bulk" -d 'Create or update many connections in one request'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "get" -d 'Show connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "update" -d 'Change some fields of a connection (only the fields given are sent)'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "delete" -d 'Delete connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "template" -d 'Print a JSON skeleton of a connection, ready to fill in'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and not __fish_seen_subcommand_from create bulk get update delete template help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -s f -l file -d 'JSON object with the connection\'s fields (`-` reads stdin)' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l content-type -d 'Content type of the Pigello object' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l object-id -d 'Id of the Pigello object' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l external-id -d 'Id of the object in the other system' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l organization -d 'Organization the connection belongs to' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l hidden -d 'Hide the connection; bare `--hidden` means true' -r -f -a "true\t''
false\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l custom-id -d 'A further id of your choice (at most 128 characters)' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l no-organization -d 'Send `organization: null`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l no-custom-id -d 'Send `custom_id: null`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -s f -l file -d 'JSON array or NDJSON file of connections (`-` reads stdin)' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l batch-size -d 'Records per request' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l concurrency -d 'Requests in flight at once' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l failed-output -d 'Write every record not applied to PATH as NDJSON, ready to resume with `-f PATH`' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l keep-going -d 'Go on sending the other batches after one fails'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from bulk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -s f -l file -d 'JSON object with the connection\'s fields (`-` reads stdin)' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l content-type -d 'Content type of the Pigello object' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l object-id -d 'Id of the Pigello object' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l external-id -d 'Id of the object in the other system' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l organization -d 'Organization the connection belongs to' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l hidden -d 'Hide the connection; bare `--hidden` means true' -r -f -a "true\t''
false\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l custom-id -d 'A further id of your choice (at most 128 characters)' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l no-organization -d 'Send `organization: null`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l no-custom-id -d 'Send `custom_id: null`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking for confirmation'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l bulk -d 'An array of one, for `conn bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create one connection'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "bulk" -d 'Create or update many connections in one request'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change some fields of a connection (only the fields given are sent)'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "template" -d 'Print a JSON skeleton of a connection, ready to fill in'
complete -c pigello -n "__fish_pigello_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve the emulated API on loopback until Ctrl-C'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Forget every connection the sandbox holds'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Loopback address and port to listen on (port 0 picks a free one)' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l data -d 'The state file (as --sandbox-data)' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l data -d 'The state file (as --sandbox-data)' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the emulated API on loopback until Ctrl-C'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget every connection the sandbox holds'
complete -c pigello -n "__fish_pigello_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -f -a "init" -d 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -f -a "show" -d 'Show every setting as resolved, and where it came from'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -f -a "path" -d 'Print the path of the config file in use'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -f -a "profiles" -d 'List the profiles of the config file, the default one marked'
complete -c pigello -n "__fish_pigello_using_subcommand config; and not __fish_seen_subcommand_from init show path profiles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace the profile if it exists'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every setting as resolved, and where it came from'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the profiles of the config file, the default one marked'
complete -c pigello -n "__fish_pigello_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand man" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand man" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand man" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand man" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand man" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand man" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand man" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand man" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand man" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand man" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand man" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand man" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand man" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand man" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand completions" -s p -l profile -d 'Profile to use from the config file [env: PIGELLO_PROFILE]' -r
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l config -d 'Config file to read [env: PIGELLO_CONFIG]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l environment -d 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l base-url -d 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]' -r
complete -c pigello -n "__fish_pigello_using_subcommand completions" -s o -l output -d 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]' -r -f -a "table\t'A readable table'
json\t'Pretty-printed JSON: one object, or an array for several'
ndjson\t'One compact JSON object per line'"
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l timeout -d 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]' -r
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l retries -d 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]' -r
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l cacert -d 'PEM file of further CA certificates to trust, e.g. a corporate proxy\'s [env: PIGELLO_CA_CERT]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l sandbox-data -d 'The sandbox\'s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]' -r -F
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l color -d 'When to use colour on stderr; NO_COLOR set means never, unless `always`' -r -f -a "auto\t'Colour on a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c pigello -n "__fish_pigello_using_subcommand completions" -s v -l verbose -d 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l sandbox -d 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l dry-run -d 'Check the input and print the requests (secret as ***) instead of sending them'
complete -c pigello -n "__fish_pigello_using_subcommand completions" -l curl -d 'Print an equivalent curl command per request instead of sending it'
complete -c pigello -n "__fish_pigello_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "conn" -d 'Manage integration service ID connections'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "sandbox" -d 'The embedded emulator of the API, served for other tools'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "config" -d 'Write, show and list the settings'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "man" -d 'Print the manual page (roff)'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c pigello -n "__fish_pigello_using_subcommand help; and not __fish_seen_subcommand_from conn sandbox config man completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "create" -d 'Create one connection'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "bulk" -d 'Create or update many connections in one request'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "get" -d 'Show connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "update" -d 'Change some fields of a connection (only the fields given are sent)'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "delete" -d 'Delete connections by primary key'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from conn" -f -a "template" -d 'Print a JSON skeleton of a connection, ready to fill in'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the emulated API on loopback until Ctrl-C'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Forget every connection the sandbox holds'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show every setting as resolved, and where it came from'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
complete -c pigello -n "__fish_pigello_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the profiles of the config file, the default one marked'
