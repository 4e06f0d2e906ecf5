/// <reference lib="webworker" />
/**
 * The reaction–diffusion spectrum worker: one radially averaged power spectrum per message (the
 * page sends the sim 3 field about once a second), so the 35–70 ms DFT never blocks a frame.
 */
import { computeSpectrum, type SpectrumReply, type SpectrumRequest } from '../play/rd/spectrum-client.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SpectrumRequest>) => {
  const req = event.data;
  let reply: SpectrumReply;
  try {
    reply = computeSpectrum(req);
  } catch (e) {
    reply = { id: req.id, error: (e as Error).message };
  }
  self.postMessage(reply, 'k' in reply ? [reply.k.buffer, reply.power.buffer] : []);
};
