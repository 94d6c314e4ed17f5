/**
 * Who learns that what the public reads of a collection changed, when the change is written
 * straight through the database adapter (lib/stored.ts) and no Payload operation's hook sees it:
 * the response cache (src/cache) listens. One listener: the last one set.
 */
import type { Payload, PayloadRequest } from 'payload'

type Listener = (payload: Payload, req: Partial<PayloadRequest> | undefined, collection: string) => Promise<void>

let listener: Listener | null = null

export const onPublicChange = (listen: Listener): void => {
  listener = listen
}

export async function publicChange(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collection: string,
): Promise<void> {
  await listener?.(payload, req, collection)
}
