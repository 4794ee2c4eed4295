import QRCode from 'qrcode';

/**
 * The SVG of a ticket's QR code. Byte mode carries the signed payload exactly as signed, whatever
 * segments the library would pick; error correction M survives a scuffed screen or print.
 */
export function qrCodeSvg(payload: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
