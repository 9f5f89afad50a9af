import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/** One stored answer: what a 200 to a GET said, headers that describe the body included. */
interface Answer {
  body: Buffer;
  headers: [string, string][];
  /** The body gzipped, made once on the first request that accepts gzip (then kept with the answer). */
  gzipped?: Promise<Buffer>;
  gzippedBytes?: number;
}

/** Below this size an answer is sent as is (as the compression middleware's default threshold). */
const compressFrom = 1024;

/** The headers kept with a stored body (the others are set again by the middlewares on each request). */
const bodyHeaders = ['content-type', 'content-disposition'];

/**
 * The answers of the API's GETs, kept by their ETag (data version, URL, caller, day: see data-version-etag.ts) up to
 * `maxBytes`, the oldest dropped first. An answer never goes stale: a change bumps the data version, so the next
 * request has another ETag, and the answers of older versions are dropped at once. Between two imports, a page
 * asked again (by another reader of the public pages, or the same user) is sent without running its query; readers
 * who ask for an answer being computed wait for it instead of computing it again (one query, not fifty, when a
 * change makes fifty readers ask at once).
 */
export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  /** Answers being computed: resolved once sent (stored or not). */
  private readonly computing = new Map<string, Promise<void>>();
  /** ETags whose answer could not be kept (streamed, an error, too large): computed by each request. */
  private readonly unkept = new Set<string>();
  private version = '';
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /**
   * Sends the stored answer for this ETag, waiting for it when another request is computing it; true when sent.
   * False: the caller computes the answer (and should call store() first).
   */
  async sendStored(etag: string, version: string, req: Request, res: Response): Promise<boolean> {
    this.forgetOlderThan(version);
    for (let waits = 0; waits < 3; waits++) {
      const answer = this.answers.get(etag);
      if (answer) {
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.vary('Accept-Encoding');
        if (answer.body.length >= compressFrom && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
          const body = await this.gzippedBody(etag, answer);
          // the compression middleware leaves an answer that already says its encoding as it is
          res.setHeader('Content-Encoding', 'gzip');
          res.status(200).end(body);
        } else {
          res.status(200).end(answer.body);
        }
        return true;
      }
      const computing = this.computing.get(etag);
      if (!computing || this.unkept.has(etag)) return false;
      await computing;
    }
    return false;
  }

  /** Keeps the answer the handler is about to send, when it is a whole 200 body (not a stream). */
  store(etag: string, version: string, res: Response): void {
    if (this.maxBytes <= 0 || this.unkept.has(etag)) return;
    let done!: () => void;
    const computing = new Promise<void>((resolve) => (done = resolve));
    this.computing.set(etag, computing);
    const finish = () => {
      if (this.computing.get(etag) === computing) this.computing.delete(etag);
      done();
    };
    res.once('close', finish);
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
      } else if (res.statusCode < 300) {
        this.unkept.add(etag);
      }
      const sent = end(...args);
      finish();
      return sent;
    }) as Response['end'];
  }

  /**
   * A large answer (a map of every premises of a city, a year of daily counts) asked by fifty readers was gzipped
   * fifty times by the compression middleware: now once, off the event loop, then sent as stored bytes.
   */
  private gzippedBody(etag: string, answer: Answer): Promise<Buffer> {
    answer.gzipped ??= gzip(answer.body).then((zipped) => {
      if (this.answers.get(etag) === answer) {
        answer.gzippedBytes = zipped.length;
        this.bytes += zipped.length;
      }
      return zipped;
    });
    return answer.gzipped;
  }

  private keep(etag: string, version: string, answer: Answer): void {
    this.forgetOlderThan(version);
    if (version !== this.version || answer.body.length > this.maxBytes / 4) {
      this.unkept.add(etag);
      return;
    }
    this.answers.set(etag, answer);
    this.bytes += answer.body.length;
    for (const [key, old] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(key);
      this.bytes -= old.body.length + (old.gzippedBytes ?? 0);
    }
  }

  private forgetOlderThan(version: string): void {
    if (version === this.version) return;
    // versions only grow: a request that read an older version (a race with a bump) keeps nothing
    if (this.version !== '' && BigInt(version) < BigInt(this.version)) return;
    this.answers.clear();
    this.unkept.clear();
    this.bytes = 0;
    this.version = version;
  }
}
