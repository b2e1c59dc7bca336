/**
 * Minimal multipart/form-data parser for the Discord stand-in.
 *
 * @discordjs/rest sends messages with files as multipart/form-data: one part
 * per file (`files[0]`, `files[1]`, ... each with a filename) and a
 * `payload_json` part carrying the JSON body.
 */

export interface MultipartFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string | null;
  size: number;
  data: Buffer;
}

export interface MultipartBody {
  /** Non-file parts, decoded as UTF-8 (e.g. `payload_json`). */
  fields: Record<string, string>;
  files: MultipartFile[];
}

export function boundaryFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function parseHeaderBlock(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split("\r\n")) {
    const idx = line.indexOf(":");
    if (idx <= 0) continue;
    headers[line.slice(0, idx).trim().toLowerCase()] = line.slice(idx + 1).trim();
  }
  return headers;
}

function dispositionParam(disposition: string, name: string): string | null {
  // filename*=UTF-8''... is not produced by undici; plain quoted params are enough here.
  const re = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, "i");
  const match = re.exec(disposition);
  if (match?.[1] !== undefined) return match[1].replace(/\\(.)/g, "$1");
  const bare = new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, "i").exec(disposition);
  return bare?.[1]?.trim() ?? null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = { fields: {}, files: [] };
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos === -1) return result;
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter marks the end of the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    // skip CRLF after the delimiter
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd === -1) break;
    const headers = parseHeaderBlock(body.subarray(pos, headerEnd).toString("utf8"));
    const contentStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), contentStart);
    if (next === -1) break;
    const content = body.subarray(contentStart, next);
    const disposition = headers["content-disposition"] ?? "";
    const field = dispositionParam(disposition, "name") ?? "";
    const filename = dispositionParam(disposition, "filename");
    if (filename !== null) {
      result.files.push({
        field,
        filename,
        contentType: headers["content-type"] ?? null,
        size: content.length,
        data: Buffer.from(content),
      });
    } else {
      result.fields[field] = content.toString("utf8");
    }
    pos = next + 2; // points at the delimiter
  }
  return result;
}
