// Files over HTTP for the spreadsheet part: an upload from disk (POST /imports/…) answered with
// JSON, and a download (GET /exports/…) whose bytes are counted and dropped, as a browser saving
// the file would take them. A connection of its own each time: these requests last seconds.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** POSTs the file's bytes; returns { status, body (parsed JSON or text), ms }. */
export async function uploadFile(url, token, path) {
  const { size } = await stat(path);
  const begin = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX, 'content-length': size } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const ms = performance.now() - begin;
          const text = Buffer.concat(chunks).toString('utf8');
          let body = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text for the message
          }
          resolve({ status: response.statusCode, body, ms });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    pipeline(createReadStream(path), request).catch(reject);
  });
}

/** GETs a file; returns { status, bytes, ms, text (of a refusal) }. */
export function downloadFile(url, token) {
  const begin = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'GET', headers: { authorization: `Bearer ${token}` } }, (response) => {
      let bytes = 0;
      const refusal = [];
      response.on('data', (chunk) => {
        bytes += chunk.length;
        if (response.statusCode !== 200 && refusal.length < 8) refusal.push(chunk);
      });
      response.on('end', () =>
        resolve({ status: response.statusCode, bytes, ms: performance.now() - begin, text: Buffer.concat(refusal).toString('utf8') }),
      );
      response.on('error', reject);
      // A download the server broke off (see ExportsController): the response is aborted.
      response.on('aborted', () => reject(new Error(`the download was broken off after ${bytes} bytes`)));
    });
    request.on('error', reject);
    request.end();
  });
}
