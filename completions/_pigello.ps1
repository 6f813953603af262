
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pigello' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pigello'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pigello' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'Manage integration service ID connections')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded emulator of the API, served for other tools')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write, show and list the settings')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;conn' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one connection')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Create or update many connections in one request')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show connections by primary key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a connection (only the fields given are sent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete connections by primary key')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a JSON skeleton of a connection, ready to fill in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;conn;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSON object with the connection''s fields (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSON object with the connection''s fields (`-` reads stdin)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Content type of the Pigello object')
            [CompletionResult]::new('--object-id', '--object-id', [CompletionResultType]::ParameterName, 'Id of the Pigello object')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Id of the object in the other system')
            [CompletionResult]::new('--organization', '--organization', [CompletionResultType]::ParameterName, 'Organization the connection belongs to')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Hide the connection; bare `--hidden` means true')
            [CompletionResult]::new('--custom-id', '--custom-id', [CompletionResultType]::ParameterName, 'A further id of your choice (at most 128 characters)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('--no-organization', '--no-organization', [CompletionResultType]::ParameterName, 'Send `organization: null`')
            [CompletionResult]::new('--no-custom-id', '--no-custom-id', [CompletionResultType]::ParameterName, 'Send `custom_id: null`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;bulk' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSON array or NDJSON file of connections (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSON array or NDJSON file of connections (`-` reads stdin)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--failed-output', '--failed-output', [CompletionResultType]::ParameterName, 'Write every record not applied to PATH as NDJSON, ready to resume with `-f PATH`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Go on sending the other batches after one fails')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSON object with the connection''s fields (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSON object with the connection''s fields (`-` reads stdin)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Content type of the Pigello object')
            [CompletionResult]::new('--object-id', '--object-id', [CompletionResultType]::ParameterName, 'Id of the Pigello object')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Id of the object in the other system')
            [CompletionResult]::new('--organization', '--organization', [CompletionResultType]::ParameterName, 'Organization the connection belongs to')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Hide the connection; bare `--hidden` means true')
            [CompletionResult]::new('--custom-id', '--custom-id', [CompletionResultType]::ParameterName, 'A further id of your choice (at most 128 characters)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('--no-organization', '--no-organization', [CompletionResultType]::ParameterName, 'Send `organization: null`')
            [CompletionResult]::new('--no-custom-id', '--no-custom-id', [CompletionResultType]::ParameterName, 'Send `custom_id: null`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;template' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('--bulk', '--bulk', [CompletionResultType]::ParameterName, 'An array of one, for `conn bulk`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;conn;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one connection')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Create or update many connections in one request')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show connections by primary key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a connection (only the fields given are sent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete connections by primary key')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a JSON skeleton of a connection, ready to fill in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;conn;help;create' {
            break
        }
        'pigello;conn;help;bulk' {
            break
        }
        'pigello;conn;help;get' {
            break
        }
        'pigello;conn;help;update' {
            break
        }
        'pigello;conn;help;delete' {
            break
        }
        'pigello;conn;help;template' {
            break
        }
        'pigello;conn;help;help' {
            break
        }
        'pigello;sandbox' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated API on loopback until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every connection the sandbox holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;sandbox;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Loopback address and port to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The state file (as --sandbox-data)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;sandbox;reset' {
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The state file (as --sandbox-data)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated API on loopback until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every connection the sandbox holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;sandbox;help;serve' {
            break
        }
        'pigello;sandbox;help;reset' {
            break
        }
        'pigello;sandbox;help;help' {
            break
        }
        'pigello;config' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting as resolved, and where it came from')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file, the default one marked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;config;init' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;config;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;config;path' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;config;profiles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting as resolved, and where it came from')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file, the default one marked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;config;help;init' {
            break
        }
        'pigello;config;help;show' {
            break
        }
        'pigello;config;help;path' {
            break
        }
        'pigello;config;help;profiles' {
            break
        }
        'pigello;config;help;help' {
            break
        }
        'pigello;man' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: PIGELLO_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [env: PIGELLO_CONFIG]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file of further CA certificates to trust, e.g. a corporate proxy''s [env: PIGELLO_CA_CERT]')
            [CompletionResult]::new('--sandbox-data', '--sandbox-data', [CompletionResultType]::ParameterName, 'The sandbox''s state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr; NO_COLOR set means never, unless `always`')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and response on stderr (the secret as ***), and a summary after `bulk`')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox emulator instead of Pigello; no credentials needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the input and print the requests (secret as ***) instead of sending them')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print an equivalent curl command per request instead of sending it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pigello;help' {
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'Manage integration service ID connections')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded emulator of the API, served for other tools')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write, show and list the settings')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pigello;help;conn' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one connection')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Create or update many connections in one request')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show connections by primary key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a connection (only the fields given are sent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete connections by primary key')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a JSON skeleton of a connection, ready to fill in')
            break
        }
        'pigello;help;conn;create' {
            break
        }
        'pigello;help;conn;bulk' {
            break
        }
        'pigello;help;conn;get' {
            break
        }
        'pigello;help;conn;update' {
            break
        }
        'pigello;help;conn;delete' {
            break
        }
        'pigello;help;conn;template' {
            break
        }
        'pigello;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated API on loopback until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every connection the sandbox holds')
            break
        }
        'pigello;help;sandbox;serve' {
            break
        }
        'pigello;help;sandbox;reset' {
            break
        }
        'pigello;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting as resolved, and where it came from')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file, the default one marked')
            break
        }
        'pigello;help;config;init' {
            break
        }
        'pigello;help;config;show' {
            break
        }
        'pigello;help;config;path' {
            break
        }
        'pigello;help;config;profiles' {
            break
        }
        'pigello;help;man' {
            break
        }
        'pigello;help;completions' {
            break
        }
        'pigello;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
