import { createRequire } from 'node:module';
import * as echarts from 'echarts';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { BriefChart, BriefDocument, BriefSection, BriefTable, Headline } from './brief.schemas';

/**
 * The council brief as an A4 PDF, drawn on the server from the same document as the page: DejaVu Sans embedded (it
 * carries French accents, « », œ and the narrow no-break space of French numbers, which the 14 standard PDF fonts
 * do not), charts drawn as vectors (ECharts' server-side SVG, then svg-to-pdfkit), sections flowing one after the
 * other so that no page is left near-empty, tables repeating their header on a new page, a footer on every page.
 */

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN - 18; // room for the footer
const INK = '#1b1b1b';
const MUTED = '#555555';
const PRIMARY = '#1f5f8b';
const RULE = '#c8d3dc';
const STATUS_COLOURS = { ok: '#2e7d32', watch: '#b26a00', alert: '#b3261e' } as const;
const STATUS_WORDS = { ok: 'Conforme', watch: 'À surveiller', alert: 'Alerte' } as const;

type Doc = PDFKit.PDFDocument;

function room(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function paragraph(doc: Doc, text: string, size = 9.5, colour = INK): void {
  doc.font('body').fontSize(size);
  room(doc, doc.heightOfString(text, { width: WIDTH }));
  doc.fillColor(colour).text(text, MARGIN, doc.y, { width: WIDTH, lineGap: 1 });
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.6);
  room(doc, 60); // a heading never ends a page alone
  doc.font('bold').fontSize(13).fillColor(PRIMARY).text(text, MARGIN, doc.y, { width: WIDTH });
  doc
    .moveTo(MARGIN, doc.y + 1)
    .lineTo(MARGIN + WIDTH, doc.y + 1)
    .lineWidth(0.6)
    .strokeColor(PRIMARY)
    .stroke();
  doc.moveDown(0.4);
}

/** Key figures as cards, four to a row. */
function figureCards(doc: Doc, figures: Headline[]): void {
  const perRow = 4;
  const gap = 8;
  const cardWidth = (WIDTH - gap * (perRow - 1)) / perRow;
  const cardHeight = 96;
  for (let i = 0; i < figures.length; i += perRow) {
    room(doc, cardHeight + gap);
    const top = doc.y;
    figures.slice(i, i + perRow).forEach((figure, j) => {
      const x = MARGIN + j * (cardWidth + gap);
      doc.roundedRect(x, top, cardWidth, cardHeight, 3).lineWidth(0.6).strokeColor(RULE).stroke();
      if (figure.status) doc.rect(x, top, 3, cardHeight).fill(STATUS_COLOURS[figure.status]);
      const inner = { width: cardWidth - 12 };
      doc
        .font('body')
        .fontSize(7.5)
        .fillColor(MUTED)
        .text(`${figure.label} · ${figure.period_label}`, x + 7, top + 5, inner);
      let size = 14;
      doc.font('bold').fontSize(size);
      while (size > 9 && doc.widthOfString(figure.text) > inner.width) doc.fontSize((size -= 0.5));
      doc.fillColor(INK).text(figure.text, x + 7, top + 27, { ...inner, lineBreak: false }); // labels take up to two lines
      const foot = [figure.comparison, figure.status ? STATUS_WORDS[figure.status] : null].filter(Boolean).join(' · ');
      if (foot)
        doc
          .font('body')
          .fontSize(7)
          .fillColor(MUTED)
          .text(foot, x + 7, top + 48, inner);
      if (figure.threshold)
        doc
          .font('body')
          .fontSize(6.5)
          .fillColor(MUTED)
          .text(`Seuils : ${figure.threshold}`, x + 7, doc.y + 2, inner);
    });
    doc.y = top + cardHeight + gap;
  }
}

/** A table: columns sized by their content, wrapped cells, header repeated after a page break. */
function table(doc: Doc, data: BriefTable, reserveAfter = 0): void {
  const size = 7.5;
  const pad = 3;
  doc.font('bold').fontSize(9).fillColor(INK);
  room(doc, 70); // the caption, the header and a first row stay together
  const rows = data.total ? [...data.rows, data.total] : data.rows;
  // width of each column: its longest word or cell, within bounds, scaled to the page width
  doc.font('body').fontSize(size);
  const wanted = data.columns.map((column) => {
    const longest = Math.max(
      doc.widthOfString(column.label) * 0.8,
      ...rows.slice(0, 80).map((row) => Math.min(doc.widthOfString(row[column.key] ?? ''), 220)),
    );
    // no-break spaces hold numbers together; the header is set in bold
    const words = rows.slice(0, 80).flatMap((row) => (row[column.key] ?? '').split(/[ \n-]+/));
    doc.font('bold');
    const widestLabelWord = Math.max(...column.label.split(/[ \n-]+/).map((word) => doc.widthOfString(word)));
    doc.font('body');
    const widestWord = Math.max(widestLabelWord, ...words.map((word) => doc.widthOfString(word)));
    return { want: Math.max(longest + 2 * pad, 30), floor: widestWord + 2 * pad + 1 };
  });
  // every column gets its widest word; what is left is shared in proportion to what each would like beyond it
  const floors = wanted.map((w) => Math.min(w.floor, WIDTH / 3));
  const spare = Math.max(0, WIDTH - floors.reduce((a, b) => a + b, 0));
  const extra = wanted.map((w, i) => Math.max(0, w.want - floors[i]));
  const extraTotal = extra.reduce((a, b) => a + b, 0) || 1;
  const widths = floors.map((floor, i) => floor + (spare * extra[i]) / extraTotal);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    if (fill) doc.rect(MARGIN, top, WIDTH, height).fill(fill);
    let x = MARGIN;
    doc.font(font).fontSize(size).fillColor(INK);
    cells.forEach((cell, i) => {
      doc.text(cell, x + pad, top + pad, {
        width: widths[i] - 2 * pad,
        align: data.columns[i].numeric ? 'right' : 'left',
        lineGap: 0,
      });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + WIDTH, top + height)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.y = top + height;
  };
  doc.font('bold').fontSize(9).fillColor(INK).text(data.caption, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.2);
  const header = data.columns.map((column) => column.label);
  drawRow(header, 'bold', '#e8eef3');
  if (!rows.length) {
    doc
      .font('body')
      .fontSize(size)
      .fillColor(MUTED)
      .text('Aucune.', MARGIN + pad, doc.y + pad);
    doc.moveDown(0.5);
    return;
  }
  rows.forEach((row, index) => {
    const cells = data.columns.map((column) => row[column.key] ?? '');
    // the last row keeps the lines that follow it (the source) on its page
    const after = index === rows.length - 1 ? reserveAfter : 0;
    if (doc.y + rowHeight(cells, 'body') + after > BOTTOM) {
      doc.addPage();
      drawRow(header, 'bold', '#e8eef3');
    }
    drawRow(cells, row === data.total ? 'bold' : 'body', index % 2 ? '#f7f9fb' : null);
  });
  doc.moveDown(0.5);
}

/** An ECharts option drawn as SVG on the server, then as PDF vectors. */
export function chartSvg(chart: BriefChart, width: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: chart.height });
  instance.setOption(chart.option as echarts.EChartsCoreOption);
  const svg = instance.renderToSVGString();
  instance.dispose();
  // a text halo (stroke painted under the fill with paint-order) is painted over the text by svg-to-pdfkit: dropped
  return svg.replace(/ stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g, '');
}

function chart(doc: Doc, data: BriefChart): void {
  const pixels = 700; // drawn at this width, scaled to the text width
  const scale = WIDTH / pixels;
  const height = data.height * scale;
  room(doc, height + 20);
  doc.font('bold').fontSize(9).fillColor(INK).text(data.title, MARGIN, doc.y, { width: WIDTH });
  const top = doc.y + 2;
  SVGtoPDF(doc, chartSvg(data, pixels), MARGIN, top, {
    width: WIDTH,
    height,
    assumePt: false,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'body'),
  });
  doc.y = top + height + 6;
}

function section(doc: Doc, data: BriefSection): void {
  heading(doc, data.title);
  for (const sentence of data.sentences) paragraph(doc, sentence);
  doc.moveDown(0.3);
  if (data.figures.length) figureCards(doc, data.figures);
  // a chart too tall for the rest of the page comes after its table, so the page is not left half empty
  const chartFits = data.chart && doc.y + data.chart.height * (WIDTH / 700) + 20 <= BOTTOM;
  if (data.chart && chartFits) chart(doc, data.chart);
  const source = `Source : ${data.source}`;
  doc.font('body').fontSize(7);
  const sourceHeight = doc.heightOfString(source, { width: WIDTH }) + 14;
  data.tables.forEach((item, i) =>
    table(doc, item, i === data.tables.length - 1 && !(data.chart && !chartFits) ? sourceHeight : 0),
  );
  if (data.chart && !chartFits) chart(doc, data.chart);
  paragraph(doc, source, 7, MUTED);
}

function cover(doc: Doc, brief: BriefDocument): void {
  doc.rect(0, 0, A4.width, 6).fill(PRIMARY);
  doc.font('bold').fontSize(20).fillColor(INK).text(brief.title, MARGIN, MARGIN, { width: WIDTH });
  doc.font('body').fontSize(11).fillColor(MUTED).text(brief.subtitle, { width: WIDTH });
  doc.fontSize(8.5).text(`Édité le ${brief.generated_on}. ${brief.data_as_of}`, { width: WIDTH });
  doc.moveDown(0.6);
  const top = doc.y;
  doc.font('bold').fontSize(10).fillColor(INK);
  const lines = brief.summary.map((line) => `•  ${line}`);
  doc.font('body').fontSize(9.5);
  const height = lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: WIDTH - 20 }) + 3, 22);
  doc.rect(MARGIN, top, WIDTH, height).fill('#eef3f7');
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(PRIMARY)
    .text('L’essentiel', MARGIN + 10, top + 6, { width: WIDTH - 20 });
  doc.font('body').fontSize(9.5).fillColor(INK);
  for (const line of lines) doc.text(line, MARGIN + 10, doc.y + 3, { width: WIDTH - 20 });
  doc.y = top + height + 4;
}

function footers(doc: Doc, brief: BriefDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `${brief.title} · ${brief.year} · page ${i + 1} sur ${range.count}`;
    doc.font('body').fontSize(7).fillColor(MUTED);
    doc.text(text, MARGIN, A4.height - MARGIN, { width: WIDTH, align: 'center', lineBreak: false });
  }
}

/** The PDF bytes of the brief. */
export function renderBriefPdf(brief: BriefDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN - 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: FONT,
    info: { Title: `${brief.title} (${brief.year})`, Author: 'Pilotage', Subject: brief.subtitle },
    lang: 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  cover(doc, brief);
  for (const item of brief.sections) section(doc, item);
  footers(doc, brief);
  doc.end();
  return done;
}
