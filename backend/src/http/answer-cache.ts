import type { Response } from 'express';

/** One stored answer: what a 200 to a GET said, headers that describe the body included. */
interface Answer {
  body: Buffer;
  headers: [string, string][];
}

/** The headers kept with a stored body (the others are set again by the middlewares on each request). */
const bodyHeaders = ['content-type', 'content-disposition'];

/**
 * The answers of the API's GETs, kept by their ETag (data version, URL, caller, day: see data-version-etag.ts) up to
 * `maxBytes`, the oldest dropped first. An answer never goes stale: a change bumps the data version, so the next
 * request has another ETag, and the answers of older versions are dropped at once. Between two imports, a page
 * asked again (by another reader of the public pages, or the same user) is sent without running its query.
 */
export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private version = '';
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Sends the stored answer for this ETag, if any; true when sent. */
  sendStored(etag: string, version: string, res: Response): boolean {
    this.forgetOlderThan(version);
    const answer = this.answers.get(etag);
    if (!answer) return false;
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.status(200).end(answer.body);
    return true;
  }

  /** Keeps the answer the handler is about to send, when it is a whole 200 body (not a stream). */
  store(etag: string, version: string, res: Response): void {
    if (this.maxBytes <= 0) return;
    let streamed = false;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((...args: unknown[]) => {
      streamed = true;
      return write(...args);
    }) as Response['write'];
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      if (!streamed && res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const body = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        const headers = bodyHeaders.flatMap((name) => {
          const value = res.getHeader(name);
          return value === undefined ? [] : [[name, String(value)] as [string, string]];
        });
        this.keep(etag, version, { body, headers });
      }
      return end(...args);
    }) as Response['end'];
  }

  private keep(etag: string, version: string, answer: Answer): void {
    this.forgetOlderThan(version);
    if (version !== this.version || answer.body.length > this.maxBytes / 4) return;
    this.answers.set(etag, answer);
    this.bytes += answer.body.length;
    for (const [key, old] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(key);
      this.bytes -= old.body.length;
    }
  }

  private forgetOlderThan(version: string): void {
    if (version === this.version) return;
    // versions only grow: a request that read an older version (a race with a bump) keeps nothing
    if (this.version !== '' && BigInt(version) < BigInt(this.version)) return;
    this.answers.clear();
    this.bytes = 0;
    this.version = version;
  }
}
