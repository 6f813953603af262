
use builtin;
use str;

set edit:completion:arg-completer[pigello] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pigello'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pigello'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand conn 'Manage integration service ID connections'
            cand sandbox 'The embedded emulator of the API, served for other tools'
            cand config 'Write, show and list the settings'
            cand man 'Print the manual page (roff)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;conn'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create one connection'
            cand bulk 'Create or update many connections in one request'
            cand get 'Show connections by primary key'
            cand update 'Change some fields of a connection (only the fields given are sent)'
            cand delete 'Delete connections by primary key'
            cand template 'Print a JSON skeleton of a connection, ready to fill in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;conn;create'= {
            cand -f 'JSON object with the connection''s fields (`-` reads stdin)'
            cand --file 'JSON object with the connection''s fields (`-` reads stdin)'
            cand --content-type 'Content type of the Pigello object'
            cand --object-id 'Id of the Pigello object'
            cand --external-id 'Id of the object in the other system'
            cand --organization 'Organization the connection belongs to'
            cand --hidden 'Hide the connection; bare `--hidden` means true'
            cand --custom-id 'A further id of your choice (at most 128 characters)'
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand --no-organization 'Send `organization: null`'
            cand --no-custom-id 'Send `custom_id: null`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;bulk'= {
            cand -f 'JSON array or NDJSON file of connections (`-` reads stdin)'
            cand --file 'JSON array or NDJSON file of connections (`-` reads stdin)'
            cand --batch-size 'Records per request'
            cand --concurrency 'Requests in flight at once'
            cand --failed-output 'Write every record not applied to PATH as NDJSON, ready to resume with `-f PATH`'
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand --keep-going 'Go on sending the other batches after one fails'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;get'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;update'= {
            cand -f 'JSON object with the connection''s fields (`-` reads stdin)'
            cand --file 'JSON object with the connection''s fields (`-` reads stdin)'
            cand --content-type 'Content type of the Pigello object'
            cand --object-id 'Id of the Pigello object'
            cand --external-id 'Id of the object in the other system'
            cand --organization 'Organization the connection belongs to'
            cand --hidden 'Hide the connection; bare `--hidden` means true'
            cand --custom-id 'A further id of your choice (at most 128 characters)'
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand --no-organization 'Send `organization: null`'
            cand --no-custom-id 'Send `custom_id: null`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;delete'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -y 'Delete without asking for confirmation'
            cand --yes 'Delete without asking for confirmation'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;template'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand --bulk 'An array of one, for `conn bulk`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;conn;help'= {
            cand create 'Create one connection'
            cand bulk 'Create or update many connections in one request'
            cand get 'Show connections by primary key'
            cand update 'Change some fields of a connection (only the fields given are sent)'
            cand delete 'Delete connections by primary key'
            cand template 'Print a JSON skeleton of a connection, ready to fill in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;conn;help;create'= {
        }
        &'pigello;conn;help;bulk'= {
        }
        &'pigello;conn;help;get'= {
        }
        &'pigello;conn;help;update'= {
        }
        &'pigello;conn;help;delete'= {
        }
        &'pigello;conn;help;template'= {
        }
        &'pigello;conn;help;help'= {
        }
        &'pigello;sandbox'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand serve 'Serve the emulated API on loopback until Ctrl-C'
            cand reset 'Forget every connection the sandbox holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;sandbox;serve'= {
            cand --listen 'Loopback address and port to listen on (port 0 picks a free one)'
            cand --data 'The state file (as --sandbox-data)'
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;sandbox;reset'= {
            cand --data 'The state file (as --sandbox-data)'
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;sandbox;help'= {
            cand serve 'Serve the emulated API on loopback until Ctrl-C'
            cand reset 'Forget every connection the sandbox holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;sandbox;help;serve'= {
        }
        &'pigello;sandbox;help;reset'= {
        }
        &'pigello;sandbox;help;help'= {
        }
        &'pigello;config'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand init 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
            cand show 'Show every setting as resolved, and where it came from'
            cand path 'Print the path of the config file in use'
            cand profiles 'List the profiles of the config file, the default one marked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;config;init'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand --force 'Replace the profile if it exists'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;config;show'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;config;path'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;config;profiles'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;config;help'= {
            cand init 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
            cand show 'Show every setting as resolved, and where it came from'
            cand path 'Print the path of the config file in use'
            cand profiles 'List the profiles of the config file, the default one marked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;config;help;init'= {
        }
        &'pigello;config;help;show'= {
        }
        &'pigello;config;help;path'= {
        }
        &'pigello;config;help;profiles'= {
        }
        &'pigello;config;help;help'= {
        }
        &'pigello;man'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;completions'= {
            cand -p 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --profile 'Profile to use from the config file [env: PIGELLO_PROFILE]'
            cand --config 'Config file to read [env: PIGELLO_CONFIG]'
            cand --environment 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]'
            cand --base-url 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]'
            cand -o 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --output 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]'
            cand --timeout 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]'
            cand --retries 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]'
            cand --cacert 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]'
            cand --sandbox-data 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]'
            cand --color 'When to use colour on stderr; NO_COLOR set means never, unless `always`'
            cand -v 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --verbose 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`'
            cand --sandbox 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed'
            cand --dry-run 'Check the input and print the requests (secret as ***) instead of sending them'
            cand --curl 'Print an equivalent curl command per request instead of sending it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pigello;help'= {
            cand conn 'Manage integration service ID connections'
            cand sandbox 'The embedded emulator of the API, served for other tools'
            cand config 'Write, show and list the settings'
            cand man 'Print the manual page (roff)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pigello;help;conn'= {
            cand create 'Create one connection'
            cand bulk 'Create or update many connections in one request'
            cand get 'Show connections by primary key'
            cand update 'Change some fields of a connection (only the fields given are sent)'
            cand delete 'Delete connections by primary key'
            cand template 'Print a JSON skeleton of a connection, ready to fill in'
        }
        &'pigello;help;conn;create'= {
        }
        &'pigello;help;conn;bulk'= {
        }
        &'pigello;help;conn;get'= {
        }
        &'pigello;help;conn;update'= {
        }
        &'pigello;help;conn;delete'= {
        }
        &'pigello;help;conn;template'= {
        }
        &'pigello;help;sandbox'= {
            cand serve 'Serve the emulated API on loopback until Ctrl-C'
            cand reset 'Forget every connection the sandbox holds'
        }
        &'pigello;help;sandbox;serve'= {
        }
        &'pigello;help;sandbox;reset'= {
        }
        &'pigello;help;config'= {
            cand init 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags'
            cand show 'Show every setting as resolved, and where it came from'
            cand path 'Print the path of the config file in use'
            cand profiles 'List the profiles of the config file, the default one marked'
        }
        &'pigello;help;config;init'= {
        }
        &'pigello;help;config;show'= {
        }
        &'pigello;help;config;path'= {
        }
        &'pigello;help;config;profiles'= {
        }
        &'pigello;help;man'= {
        }
        &'pigello;help;completions'= {
        }
        &'pigello;help;help'= {
        }
    ]
    $completions[$command]
}
