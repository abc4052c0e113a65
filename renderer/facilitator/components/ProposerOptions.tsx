/**
 * The workshop's participants as a <datalist> for a name field: the topic capture bar, the topic
 * editor and the jury's "Juror" field all suggest the same people (organisation beside the name).
 */
import { useParticipants } from '../store/participants.ts';

export function ProposerOptions({ id }: { id: string }) {
  const participants = useParticipants((s) => s.items);
  return (
    <datalist id={id}>
      {participants.map((p) => (
        <option key={p.id} value={p.name}>
          {p.organisation}
        </option>
      ))}
    </datalist>
  );
}
