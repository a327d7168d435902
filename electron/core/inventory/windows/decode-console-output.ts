/**
 * Turns the bytes a Windows console tool printed into text. reg.exe and tasklist write in the console's
 * code page when their output is piped (OEM 850/437 on a German or US Windows, not UTF-8), and a file
 * produced by Windows PowerShell 5.1 redirection (`reg query ... > out.txt`) is UTF-16LE with a BOM.
 * Order of trust: BOM, then the UTF-16LE zero-byte pattern, then strict UTF-8, then a single-byte guess.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * Upper half (0x80-0xFF) of OEM code page 850 (Western European DOS), the default console code page of
 * German, French and Dutch Windows. Generated from Python's `codecs` table for cp850; TextDecoder does
 * not offer it because the WHATWG Encoding Standard has no DOS code pages.
 */
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

function decodeCp850(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP850_HIGH[byte - 0x80];
  return out;
}

/**
 * In CP850 the accented letters of German/French text sit in 0x80-0x9F (ü 0x81, ä 0x84, ö 0x94, Ü 0x9A)
 * and 0xA0-0xA5, 0xE1 (ß); in Windows-1252 they sit in 0xC0-0xFF and 0x80-0x9F holds rare punctuation.
 * Counting which range dominates is enough to tell the two apart for real product and publisher names.
 */
function looksLikeCp850(bytes: Uint8Array): boolean {
  let oemLetters = 0;
  let ansiLetters = 0;
  for (const byte of bytes) {
    if ((byte >= 0x80 && byte <= 0xa5) || byte === 0xe1) oemLetters += 1;
    else if (byte >= 0xc0) ansiLetters += 1;
  }
  return oemLetters > ansiLetters;
}

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return false;
  let zeroHigh = 0;
  for (let i = 1; i < sample; i += 2) if (bytes[i] === 0) zeroHigh += 1;
  return zeroHigh / (sample / 2) > 0.6;
}

export function decodeConsoleOutput(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = UTF16LE.decode(bytes.subarray(2));
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (looksLikeUtf16le(bytes)) text = UTF16LE.decode(bytes);
  else {
    try {
      text = UTF8.decode(bytes);
    } catch {
      text = looksLikeCp850(bytes) ? decodeCp850(bytes) : WINDOWS_1252.decode(bytes);
    }
  }
  return text.replace(/\r\n?/g, '\n');
}
