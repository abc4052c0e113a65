import type { AgoraError } from '../../../shared/result.ts';
import { Icon } from './Icon.tsx';

/** An error that belongs to no single field, shown at the top of a form or dialog. */
export function FormError({ error }: { error: AgoraError | null }) {
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      <Icon name="alert" />
      <p>{error.message}</p>
    </div>
  );
}
