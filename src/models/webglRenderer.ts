/**
 * Which renderer WebGL would use here, asked from a throw-away context so that
 * tfjs' own (slow) WebGL start-up is not needed to learn it.
 *
 * Why: headless Chromium without a GPU renders WebGL in software (SwiftShader), where
 * our training step runs about ten times slower than on wasm (DESIGN 4) and starting
 * tfjs' WebGL backend plus its calibration costs seconds. `auto` skips calibrating
 * such a renderer and says so; a user can still force WebGL.
 */

/** Renderer names of software rasterisers (Chromium's SwiftShader, Mesa's llvmpipe and softpipe, Windows' WARP). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft basic/i;

/** True when `renderer` (a GL RENDERER string) names a software rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/**
 * The GL renderer string of this browser or worker, e.g.
 * "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) …), SwiftShader driver)".
 * @returns null where WebGL cannot be asked (Node, no OffscreenCanvas, no context)
 */
export function webglRenderer(): string | null {
  if (typeof OffscreenCanvas !== 'function') return null;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return null;
  }
}
