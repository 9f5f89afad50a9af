import { Component, computed, input } from '@angular/core';
import { create } from 'qrcode';

/** A QR code as an SVG path (no canvas, no HTML injected): the address it opens is written under it. */
@Component({
  selector: 'app-slide-qr',
  template: `
    <figure class="qr">
      <svg
        [attr.viewBox]="'0 0 ' + (code().size + 8) + ' ' + (code().size + 8)"
        role="img"
        [attr.aria-label]="caption() + ' : ' + url()"
        shape-rendering="crispEdges"
      >
        <rect [attr.width]="code().size + 8" [attr.height]="code().size + 8" fill="#fff" />
        <path [attr.d]="code().path" fill="#000" transform="translate(4 4)" />
      </svg>
      <figcaption>{{ caption() }}</figcaption>
    </figure>
  `,
  styles: `
    .qr {
      margin: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.5rem;
    }
    svg {
      inline-size: clamp(10rem, 26cqi, 28rem);
      block-size: auto;
    }
    figcaption {
      font-size: clamp(1rem, 1.6vw, 1.4rem);
      text-align: center;
      max-inline-size: 22rem;
    }
  `,
})
export class SlideQr {
  readonly url = input.required<string>();
  readonly caption = input.required<string>();
  protected readonly code = computed(() => {
    const modules = create(this.url(), { errorCorrectionLevel: 'M' }).modules;
    let path = '';
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
    return { size: modules.size, path };
  });
}
