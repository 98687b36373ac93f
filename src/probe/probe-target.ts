/**
 * Where the probe may send: `https://` to any host, `http://` only to a loopback host (127.0.0.0/8, `::1`,
 * `localhost`), so no probe request and no key-set fetch ever crosses a network in clear text.
 */

/** A URL the probe refuses to use; the message says why. */
export class TargetError extends Error {}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Checks a URL's scheme against the loopback rule; `what` and `text` (the URL as given) name it in the message. */
export function checkScheme(url: URL, what: string, text = url.href): void {
  if (url.protocol === "https:") return;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return;
  if (url.protocol === "http:") throw new TargetError(`${what} ${JSON.stringify(text)}: http:// is only allowed for loopback hosts (127.0.0.1, ::1, localhost); use https://`);
  throw new TargetError(`${what} ${JSON.stringify(text)}: only https:// (or http:// to a loopback host) is allowed`);
}

/** The gate host from `--url`: `scheme://host[:port]`, with nothing after the host (the manifest gives the paths). */
export function parseGateUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetError(`--url ${JSON.stringify(text)} is not a URL (e.g. https://api.acme.example)`);
  }
  checkScheme(url, "--url", text);
  if (url.username !== "" || url.password !== "") throw new TargetError(`--url ${JSON.stringify(text)}: no credentials in the URL`);
  if ((url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "") {
    throw new TargetError(`--url ${JSON.stringify(text)}: give the gate host only (scheme://host[:port]); the paths come from the manifest`);
  }
  return url;
}
