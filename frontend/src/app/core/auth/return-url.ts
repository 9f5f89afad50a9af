/**
 * Where to go after signing in: only a path of this application ("/imports?commune=59350"), never another
 * site ("//evil.example", "https://…"), which would make the login page an open redirect.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/overview';
  if (url.startsWith('/login')) return '/overview';
  return url;
}
