/** Hands the browser a file to save, as a download link would: a Blob behind a temporary object URL. */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is let go after a moment rather than at once, which some
  // browsers do not survive.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
