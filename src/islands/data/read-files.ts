/** A file chosen or dropped by the visitor, read in the page; binary files carry no text. */
export type PickedFile = {
  path: string;
  size: number;
  text?: string | undefined;
  skipped?: string | undefined;
};

/** Bytes decoded per task: a 100 MB file decoded at once would hold the page for a second. */
const DECODE_CHUNK = 1 << 20;

/** Reads a file as UTF-8 text, or says why it was skipped (NUL bytes, or not valid UTF-8). */
export async function readOne(file: File, path: string): Promise<PickedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { path, size: file.size, skipped: 'binary file' };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    let text = '';
    for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
      if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      const end = Math.min(bytes.length, at + DECODE_CHUNK);
      text += decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    }
    return { path, size: file.size, text };
  } catch {
    return { path, size: file.size, skipped: 'not UTF-8 text' };
  }
}

/** Files from an `<input type="file">`, with their folder paths when a folder was chosen. */
export async function readPicked(list: FileList | null): Promise<PickedFile[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map((f) => readOne(f, f.webkitRelativePath || f.name)));
}

/** Files and whole folders dropped on the page, walked recursively. */
export async function readDropped(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((i) => i.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return Promise.all([...data.files].map((f) => readOne(f, f.name)));
  const out: PickedFile[] = [];
  for (const e of entries) out.push(...(await walk(e)));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

async function walk(entry: FileSystemEntry): Promise<PickedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [await readOne(file, entry.fullPath.replace(/^\//, ''))];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const out: PickedFile[] = [];
  for (const c of children) out.push(...(await walk(c)));
  return out;
}
