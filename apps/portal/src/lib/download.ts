/** Saves text as a file through the browser's own download, without a round trip to the server. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address can go once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
