/** Downloads (a blob, a text, a JSON value) and importing a text file with the file picker. */

/** Save `blob` as `filename` through a temporary link (the URL is freed once the click is handled). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A trained agent (or any value) as one line of JSON. */
export function downloadJson(filename: string, value: unknown): void {
  downloadText(filename, `${JSON.stringify(value)}\n`, 'application/json');
}

/**
 * Open a file picker and resolve with the chosen file's name and text (null if cancelled).
 * The hidden input has id `agent-file-input` so browser tests can set files on it.
 */
export function pickTextFile(
  accept = '.json,application/json',
): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve) => {
    document.getElementById('agent-file-input')?.remove();
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.id = 'agent-file-input';
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ? { name: file.name, text: await file.text() } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
