import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
  it('reads --out, --skip-build, --scaling and --why-only', () => {
    expect(parseBenchArgs(['--out', 'bench.json', '--skip-build', '--scaling'])).toEqual({ ok: true, args: { outPath: 'bench.json', skipBuild: true, scaling: true, whyOnly: false } });
    expect(parseBenchArgs([])).toEqual({ ok: true, args: { skipBuild: false, scaling: false, whyOnly: false } });
    expect(parseBenchArgs(['--why-only'])).toEqual({ ok: true, args: { skipBuild: false, scaling: false, whyOnly: true } });
  });

  it('names each problem', () => {
    expect(parseBenchArgs(['--out'])).toEqual({ ok: false, problems: ['--out: needs a file name'] });
    expect(parseBenchArgs(['--fast', 'x'])).toEqual({ ok: false, problems: ['--fast: unknown option', 'x: unknown option'] });
  });
});
