import { useMemo, useState } from 'preact/hooks';
import { formatTokens } from '../../lib/format';
import { countedIn, type CounterModel } from '../../lib/tokens/counter-model';
import { readDropped, readPicked, type PickedFile } from '../data/read-files';
import { ModelFitTable } from './ModelFitTable';
import type { CountedEncoding } from '../../lib/tokens/tokenizers';
import { tokenizerPool } from '../worker/tokenizer-client';
import { useRowLimit } from '../hooks/use-row-limit';
import { MoreRows } from './MoreRows';

type Props = {
  encoding: CountedEncoding;
  models: CounterModel[];
  /** The date of the prices. */
  asOf: string;
};

type Row = {
  path: string;
  size: number;
  tokens?: number | undefined;
  skipped?: string | undefined;
};

/** Counts dropped or picked files and whole folders: a count per file and a total. */
export function FileCounter({ encoding, models, asOf }: Props) {
  const [rows, setRows] = useState<Row[]>([]);
  // A dropped folder of thousands of files lists them 50 at a time; the total counts them all.
  const { visible, more } = useRowLimit(rows);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const forEncoding = useMemo(
    () => models.filter((m) => countedIn(m) === encoding),
    [models, encoding],
  );
  const count = async (files: PickedFile[]) => {
    setBusy(true);
    const out: Row[] = [];
    for (const f of files) {
      if (f.text === undefined)
        out.push({ path: f.path, size: f.size, skipped: f.skipped ?? 'not text' });
      else {
        const r = await tokenizerPool().count(f.text, encoding);
        out.push({
          path: f.path,
          size: f.size,
          tokens: r.status === 'done' ? r.stats.tokens : undefined,
        });
      }
      setRows([...out]);
    }
    setBusy(false);
  };
  const total = rows.reduce((a, r) => a + (r.tokens ?? 0), 0);
  const counted = rows.filter((r) => r.tokens !== undefined).length;
  return (
    <section class="file-counter">
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={async (e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer) await count(await readDropped(e.dataTransfer));
        }}
      >
        <p>Drop files or folders here, or choose them:</p>
        <label>
          Files{' '}
          <input
            type="file"
            multiple
            onChange={async (e) => count(await readPicked(e.currentTarget.files))}
          />
        </label>{' '}
        <label>
          A folder{' '}
          <input
            type="file"
            {...{ webkitdirectory: true }}
            onChange={async (e) => count(await readPicked(e.currentTarget.files))}
          />
        </label>
        <p class="hint">
          Files are read in this tab only. Binary files (images, archives, executables) are skipped.
        </p>
      </div>
      {busy && <p role="status">Counting {rows.length + 1}…</p>}
      {rows.length > 0 && (
        <>
          <dl class="stats">
            <div>
              <dt>
                Total tokens ({encoding}), {counted} file{counted === 1 ? '' : 's'}
              </dt>
              <dd data-testid="token-count">{formatTokens(total)}</dd>
            </div>
          </dl>
          <div class="table-scroll">
            <table class="data" data-testid="file-table">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col" class="num">
                    Bytes
                  </th>
                  <th scope="col" class="num">
                    Tokens
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((r) => (
                  <tr key={r.path}>
                    <th scope="row">
                      <code>{r.path}</code>
                    </th>
                    <td class="num">{formatTokens(r.size)}</td>
                    <td class="num">
                      {r.skipped ? (
                        <span class="muted">skipped: {r.skipped}</span>
                      ) : r.tokens !== undefined ? (
                        formatTokens(r.tokens)
                      ) : (
                        '…'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MoreRows shown={visible.length} total={rows.length} noun="files" onMore={more} />
          {!busy && total > 0 && (
            <ModelFitTable counts={{ [encoding]: total }} models={forEncoding} asOf={asOf} />
          )}
        </>
      )}
    </section>
  );
}
