/**
 * What Office does to a dialog's start address before loading it: it appends its `_host_Info` parameter
 * (host$platform$version$language$… — office-js #896 shows the value) by string concatenation, `?` or `&`
 * depending on whether the address already holds a `?`. Appended to an address with a fragment, it ends up inside
 * the fragment — the hash-URL trouble of office-js #2284 and #3057.
 */
export const HOST_INFO = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

export function asOfficeOpensIt(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${HOST_INFO}`;
}
