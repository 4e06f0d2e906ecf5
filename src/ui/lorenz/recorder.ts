/**
 * A WebM clip of the moving attractor: the attractor's canvas feeds a `MediaRecorder` through
 * `captureStream(0)`, one frame per drawn frame (`capture` after each draw), and after the chosen
 * length the clip is downloaded.
 */
import { t } from '../../i18n/language.ts';
import { notify } from '../../state/notices.ts';
import { downloadBlob } from '../shared/files.ts';

/**
 * Container/codec choices in order; the first that `MediaRecorder.isTypeSupported` accepts wins.
 * VP8 first: its software encoder keeps up on a busy machine, where VP9's can still be on its
 * first frame when a short clip stops (an empty file).
 */
export const WEBM_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'] as const;
/** Longest wait past the clip's length for the encoder's first data. */
const FLUSH_WAIT_MS = 8000;

export function pickWebmType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return WEBM_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

export class ClipRecorder {
  /** Set while recording: when it started (ms, performance.now) and for how long. */
  active: { startedAt: number; seconds: number } | null = null;
  /** The last finished clip. */
  last: { bytes: number; type: string; seconds: number } | null = null;
  private recorder: MediaRecorder | null = null;
  private stream: MediaStream | null = null;
  private track: CanvasCaptureMediaStreamTrack | null = null;
  /** Bytes the recorder has handed over so far in this clip. */
  private bytes = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly source: HTMLCanvasElement) {}

  /** Start a clip of `seconds`; returns a refusal message (also notified) or null. */
  start(seconds: number, filename: string): string | null {
    if (this.active) return this.refuse(t().lorenz.notices.clipBusy);
    const type = pickWebmType();
    if (!type) return this.refuse(t().lorenz.notices.noWebm);
    // Frame rate 0: a frame enters the stream only when `capture` asks for one (requestFrame): one
    // per drawn frame, however slowly the page draws.
    const stream = this.source.captureStream(0);
    this.stream = stream;
    this.track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
    const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
    const chunks: Blob[] = [];
    this.bytes = 0;
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
      this.bytes += e.data.size;
    };
    recorder.onstop = () => {
      this.stopTracks();
      const blob = new Blob(chunks, { type: 'video/webm' });
      this.last = { bytes: blob.size, type, seconds };
      this.active = null;
      this.recorder = null;
      if (blob.size > 0) downloadBlob(filename, blob);
      else notify('error', (w) => w.lorenz.notices.clipEmpty);
    };
    recorder.start(250);
    this.recorder = recorder;
    this.active = { startedAt: performance.now(), seconds };
    this.track.requestFrame();
    this.timer = setTimeout(() => this.finish(performance.now()), seconds * 1000);
    return null;
  }

  /**
   * Stop once the encoder has handed over some data. The software encoder runs behind the capture;
   * stopping a short clip before its first chunk arrived gives an empty file, so until then keep
   * capturing and ask for the data (up to FLUSH_WAIT_MS more).
   */
  private finish(askedAt: number): void {
    const recorder = this.recorder;
    if (!recorder || recorder.state === 'inactive') return;
    if (this.bytes > 0 || performance.now() - askedAt > FLUSH_WAIT_MS) {
      recorder.stop();
      return;
    }
    recorder.requestData();
    this.timer = setTimeout(() => this.finish(askedAt), 200);
  }

  /** Hand the frame just drawn to the recorder (call after each draw of the source). */
  capture(): void {
    this.track?.requestFrame();
  }

  /** Fraction of the clip recorded so far (0 when idle). */
  progress(now = performance.now()): number {
    if (!this.active) return 0;
    return Math.min(1, (now - this.active.startedAt) / (this.active.seconds * 1000));
  }

  /** Abandon a clip in progress without downloading it. */
  dispose(): void {
    clearTimeout(this.timer);
    if (this.recorder) {
      this.recorder.onstop = null;
      this.recorder.ondataavailable = null;
      if (this.recorder.state !== 'inactive') this.recorder.stop();
      this.recorder = null;
    }
    this.stopTracks();
    this.active = null;
  }

  private stopTracks(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.track = null;
  }

  private refuse(message: string): string {
    notify('warning', message);
    return message;
  }
}
