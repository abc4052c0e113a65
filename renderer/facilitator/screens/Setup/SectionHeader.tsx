import type { ReactNode } from 'react';

/** The h2 and one-line purpose at the top of a Setup section, with optional actions on the right. */
export function SectionHeader({
  title,
  lead,
  actions,
  id,
}: {
  title: string;
  lead?: string;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <div className="section-header section-header--split">
      <div>
        <h2 className="section-title" id={id}>
          {title}
        </h2>
        {lead ? <p className="section-lead">{lead}</p> : null}
      </div>
      {actions ? <div className="section-header__actions">{actions}</div> : null}
    </div>
  );
}
