/**
 * A QR code drawn as SVG squares from qrcode's module matrix: crisp at any size on a
 * projector, no image files, no markup strings (the URL is data, never HTML).
 */
import QRCode from 'qrcode';
import { useMemo } from 'react';

interface QrCodeProps {
  value: string;
  /** Rendered size in CSS pixels (the SVG scales cleanly). */
  size: number;
  /** Accessible name, e.g. "QR code to join: http://…". */
  label: string;
  className?: string;
}

// The quiet zone the standard asks for around the code, in modules.
const MARGIN = 4;

export function QrCode({ value, size, label, className }: QrCodeProps) {
  const { count, path } = useMemo(() => {
    // Level M: survives a glare spot on a projected image and stays small enough to scan from afar.
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) d += `M${col + MARGIN} ${row + MARGIN}h1v1h-1z`;
      }
    }
    return { count: modules.size + MARGIN * 2, path: d };
  }, [value]);

  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      shapeRendering="crispEdges"
    >
      <rect width={count} height={count} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
