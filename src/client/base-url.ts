/** Base URLs of clients: parsed once (relative to the page in a browser), paths appended keeping their prefix. */

/** Parses `baseUrl` (relative to `location.href` where there is one); a `TypeError` naming `caller` when it is not a URL. */
export function resolveBaseUrl(baseUrl: string | URL, caller: string): URL {
  const pageUrl = (globalThis as { location?: { href?: unknown } }).location?.href;
  try {
    return typeof pageUrl === 'string' ? new URL(baseUrl, pageUrl) : new URL(baseUrl);
  } catch (e) {
    throw new TypeError(`${caller}: baseUrl ${JSON.stringify(String(baseUrl))} is not a valid URL`, { cause: e });
  }
}

/**
 * `base` + `path` (already percent-encoded, starting with `/`) + `?query` when not empty, keeping the base's path
 * prefix (`https://host/api/` + `/hello` → `https://host/api/hello`) and dropping its query and fragment.
 */
export function endpoint(base: URL, path: string, query = ''): string {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  url.hash = '';
  const href = url.href;
  return query === '' ? href : `${href}?${query}`;
}
