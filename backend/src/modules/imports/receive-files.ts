import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../http/app-error';
import { frenchInteger, limitVariables, type ImportLimits } from '../../imports/limits';

/** One received file, on disk until the import is over. */
export interface ReceivedFile {
  name: string;
  path: string;
  size: number;
}

declare module 'express-serve-static-core' {
  interface Request {
    importFiles?: ReceivedFile[];
  }
}

const uploadDir = path.join(os.tmpdir(), 'pilotage-uploads');

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${frenchInteger(Math.round(bytes / 1024 / 1024))} Mo`
    : `${frenchInteger(Math.floor(bytes / 1024))} ko`;

const tooLarge = (limits: ImportLimits) =>
  new AppError(
    413,
    'too_large',
    `Fichier trop volumineux : au plus ${size(limits.maxFileBytes)} par fichier (limite ${limitVariables.maxFileBytes}) ; découpez-le, par exemple par année`,
  );

/**
 * Receives the files of an import onto disk, never into memory: `multipart/form-data` with one or several `file`
 * parts (a set that lands all or nothing), or the raw request body (one file, named by ?file_name or X-File-Name).
 * Past the operator's limits (IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES) the upload stops with 413 and a French message.
 * The files are removed when the response is sent.
 */
export function receiveFiles(limits: ImportLimits) {
  fs.mkdirSync(uploadDir, { recursive: true });
  const multipart = multer({
    storage: multer.diskStorage({
      destination: uploadDir,
      filename: (_req, _file, done) => done(null, `${randomUUID()}.upload`),
    }),
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, parts: limits.maxFiles + 20 },
    defParamCharset: 'utf8',
  }).array('file', limits.maxFiles);

  return async function receive(req: Request, res: Response, next: NextFunction) {
    res.on('close', () => {
      for (const f of req.importFiles ?? []) fs.rm(f.path, { force: true }, () => undefined);
    });
    if (req.is('multipart/form-data')) {
      multipart(req, res, (error: unknown) => {
        if (error) return next(multerError(error, limits));
        const files = (req.files as Express.Multer.File[] | undefined) ?? [];
        req.importFiles = files.map((f) => ({ name: path.basename(f.originalname), path: f.path, size: f.size }));
        next();
      });
      return;
    }
    const target = path.join(uploadDir, `${randomUUID()}.upload`);
    req.importFiles = [{ name: '', path: target, size: 0 }];
    if (req.body !== undefined && req.body !== null && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) {
      // a GeoJSON sent as application/json was already parsed by the JSON body parser: written back as it came
      const text = JSON.stringify(req.body);
      await fs.promises.writeFile(target, text);
      req.importFiles[0].size = Buffer.byteLength(text);
      return next();
    }
    if (Number(req.get('content-length') ?? 0) > limits.maxFileBytes) return next(tooLarge(limits));
    // past the limit, the rest of the body is read and dropped (not written): the client then gets the 413 whole
    let received = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(null, received > limits.maxFileBytes ? undefined : chunk);
      },
    });
    try {
      await pipeline(req, count, fs.createWriteStream(target));
    } catch {
      return next(AppError.badRequest("L'envoi du fichier a été interrompu : renvoyez-le"));
    }
    if (received > limits.maxFileBytes) return next(tooLarge(limits));
    req.importFiles[0].size = received;
    next();
  };
}

function multerError(error: unknown, limits: ImportLimits): AppError {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE') return tooLarge(limits);
  if (code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_PART_COUNT') {
    return new AppError(
      413,
      'too_large',
      `Trop de fichiers : au plus ${limits.maxFiles} par import (limite ${limitVariables.maxFiles})`,
    );
  }
  if (code === 'LIMIT_UNEXPECTED_FILE')
    return AppError.badRequest('Envoyez chaque fichier dans une partie nommée « file »');
  return AppError.badRequest("L'envoi des fichiers a échoué (formulaire multipart mal formé) : renvoyez-les");
}
