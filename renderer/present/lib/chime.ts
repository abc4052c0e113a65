/**
 * A soft two-tone chime for the end of a countdown, synthesised with Web Audio (no audio
 * files to ship): a descending major third, sine tones with a quick attack and a long decay,
 * quiet enough not to startle a room.
 *
 * Browsers only let a page make sound after someone interacted with it, so the first key press
 * or click on the screen (F for full screen, usually) unlocks the audio context.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  try {
    context = new AudioContext();
  } catch {
    // no audio device, or audio disabled: the countdown still ends visibly
    context = null;
  }
  return context;
}

/** Call from a user gesture: creates or resumes the audio context so the chime may play later. */
export function unlockAudio(): void {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

function tone(ctx: AudioContext, frequency: number, start: number, duration: number, volume: number): void {
  const gain = ctx.createGain();
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(volume, start + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + duration);
  gain.connect(ctx.destination);
  // The fundamental plus a faint octave: rounder than a bare sine, still soft, like a bell.
  for (const [multiple, level] of [
    [1, 1],
    [2, 0.18],
  ] as const) {
    const osc = ctx.createOscillator();
    const partial = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency * multiple;
    partial.gain.value = level;
    osc.connect(partial).connect(gain);
    osc.start(start);
    osc.stop(start + duration + 0.05);
  }
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  const play = () => {
    const now = ctx.currentTime + 0.02;
    tone(ctx, 659.25, now, 1.8, 0.16); // E5
    tone(ctx, 523.25, now + 0.5, 2.4, 0.14); // C5
  };
  if (ctx.state === 'suspended') void ctx.resume().then(play, () => undefined);
  else play();
}
