-- Drives `jllm lsp` from Neovim's built-in LSP client, headless, as a maintainer would: opens a model record of a
-- catalog copy, types each kind of error, waits for the diagnostics, checks where they are, asks for completion
-- and hover, applies the offered code action, and saves the file. Everything typed and received goes to the
-- transcript ($JLLM_TRANSCRIPT), which NeovimTests asserts on.
--
--   JLLM_CATALOG=/tmp/copy JLLM_RECORD=models/.../karasu.yaml JLLM_TRANSCRIPT=/tmp/t.txt \
--   JLLM_COMMAND='dotnet /path/jllm.dll lsp' nvim --headless --clean -c 'luafile lsp_session.lua'

local catalog = assert(os.getenv('JLLM_CATALOG'), 'JLLM_CATALOG is not set')
local record = assert(os.getenv('JLLM_RECORD'), 'JLLM_RECORD is not set')
local transcript_path = assert(os.getenv('JLLM_TRANSCRIPT'), 'JLLM_TRANSCRIPT is not set')
local command = vim.split(assert(os.getenv('JLLM_COMMAND'), 'JLLM_COMMAND is not set'), ' ', { trimempty = true })
local timeout = 60000

local transcript = {}
local function log(format, ...)
  table.insert(transcript, string.format(format, ...))
end

local publications = 0
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publications = publications + 1
  return default_handler(err, result, ctx, config)
end

local severities = { 'error', 'warning', 'info', 'hint' }

-- The buffer's diagnostics from jllm, as "line:column severity code message" (1-based, as the editor shows them).
local function received()
  local lines = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
    table.insert(lines, string.format('%d:%d %s %s %s', diagnostic.lnum + 1, diagnostic.col + 1,
      severities[diagnostic.severity], tostring(diagnostic.code), diagnostic.message))
  end
  table.sort(lines)
  return lines
end

local function wait_for(description, condition)
  if not vim.wait(timeout, condition, 20) then
    error('timed out waiting for ' .. description .. '; diagnostics: ' .. table.concat(received(), ' | '))
  end
end

local function has_code(code)
  for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
    if diagnostic.code == code then
      return diagnostic
    end
  end
  return nil
end

local function find_line(text, from)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(0, from or 0, -1, false)) do
    if line == text then
      return (from or 0) + index - 1
    end
  end
  error('no line "' .. text .. '" in the buffer')
end

local function set_lines(first, last, lines)
  vim.api.nvim_buf_set_lines(0, first, last, false, lines)
end

local function request(method, params)
  local answers = vim.lsp.buf_request_sync(0, method, params, timeout)
  for _, answer in pairs(answers or {}) do
    if answer.err then
      error(method .. ' failed: ' .. vim.inspect(answer.err))
    end
    return answer.result
  end
  error(method .. ': no answer')
end

local function position(line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = character } }
end

-- Types an error, waits for its diagnostic, applies the first code action for it, and waits until it is gone.
local function error_case(name, code, type_error)
  local description = type_error()
  log('typed: %s: %s', name, description)
  wait_for(code, function() return has_code(code) ~= nil end)
  for _, line in ipairs(received()) do
    log('received: %s', line)
  end
  local diagnostic = has_code(code)
  local range = { start = { line = diagnostic.lnum, character = diagnostic.col }, ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col } }
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = range,
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, diagnostic.lnum) },
  })
  local chosen
  for _, action in ipairs(actions or {}) do
    for _, fixed in ipairs(action.diagnostics or {}) do
      if fixed.code == code and not chosen then
        chosen = action
      end
    end
  end
  if not chosen then
    error('no code action for ' .. code .. ' among ' .. vim.inspect(actions))
  end
  log('code action: %s', chosen.title)
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  wait_for('the fix to clear ' .. code, function() return has_code(code) == nil end)
  log('after the fix: %d diagnostic(s)', #vim.diagnostic.get(0))
end

local function session()
  vim.cmd('edit ' .. vim.fn.fnameescape(catalog .. '/' .. record))
  vim.bo.filetype = 'yaml'
  local original = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  local config = { name = 'jllm', cmd = command, root_dir = catalog }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian 12) has no vim.lsp.start; it is these two calls.
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, client_id)
  end
  log('nvim %s, client %d: %s', tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch), client_id, table.concat(command, ' '))
  wait_for('the first diagnostics', function() return publications > 0 end)
  log('opened %s: %d diagnostic(s)', record, #vim.diagnostic.get(0))

  error_case('unknown license id', 'JLLM0103', function()
    local line = find_line('- apache-2.0')
    set_lines(line, line + 1, { '- apache-2' })
    return string.format('line %d "- apache-2.0" -> "- apache-2"', line + 1)
  end)

  error_case('broken footnote id', 'JLLM0103', function()
    local line = find_line('  - openai-terms')
    set_lines(line, line + 1, { '  - openai-term' })
    return string.format('line %d "  - openai-terms" -> "  - openai-term"', line + 1)
  end)

  error_case('unknown key', 'JLLM0002', function()
    local line = find_line('licenses:')
    set_lines(line, line + 1, { 'licences:' })
    return string.format('line %d "licenses:" -> "licences:"', line + 1)
  end)

  error_case('non-canonical developer name', 'JLLM0207', function()
    local count = vim.api.nvim_buf_line_count(0)
    set_lines(count, count, { 'developers_text:', '  en: Somebody Else' })
    return string.format('lines %d-%d "developers_text:" / "  en: Somebody Else" appended', count + 1, count + 2)
  end)

  local restored = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') == table.concat(original, '\n')
  log('buffer equals the original after four fixes: %s', tostring(restored))

  local licenses = find_line('licenses:')
  set_lines(licenses + 1, licenses + 1, { '- ' })
  local completion = request('textDocument/completion', position(licenses + 1, 2))
  local labels = {}
  for _, item in ipairs(completion.items or completion) do
    table.insert(labels, item.label)
  end
  log('completion at %d:3 after "licenses:" / "- ": %d items, first %s, apache-2.0 %s',
    licenses + 2, #labels, labels[1] or '-', vim.tbl_contains(labels, 'apache-2.0') and 'offered' or 'missing')
  set_lines(licenses + 1, licenses + 2, {})

  local hover = request('textDocument/hover', position(licenses + 1, 4))
  log('hover on line %d "%s": %s', licenses + 2, vim.api.nvim_buf_get_lines(0, licenses + 1, licenses + 2, false)[1],
    (hover.contents.value:gsub('\n+', ' / ')))

  error_case('missing caveat', 'JLLM0204', function()
    local first = find_line('footnotes:')
    set_lines(first, first + 3, {})
    return string.format('lines %d-%d "footnotes:" / "  licenses:" / "  - openai-terms" deleted', first + 1, first + 3)
  end)

  vim.cmd('write')
  log('saved %s', record)
  vim.lsp.stop_client(client_id)
end

local ok, failure = pcall(session)
if not ok then
  log('ERROR: %s', tostring(failure))
end
vim.fn.writefile(transcript, transcript_path)
vim.cmd('qall!')
