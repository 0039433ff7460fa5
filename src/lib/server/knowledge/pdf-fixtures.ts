/**
 * Small, valid PDFs written by hand for tests (correct cross-reference offsets): `pages` pages of
 * `width` × `height` points, each with a filled rectangle and a line of text in Helvetica.
 * `encrypted` adds an encryption dictionary whose password check fails, as a PDF that asks for
 * a password does.
 */
export function buildTestPdf(
	options: { pages?: number; width?: number; height?: number; encrypted?: boolean } = {}
): Uint8Array {
	const pages = options.pages ?? 2;
	const width = options.width ?? 200;
	const height = options.height ?? 300;
	const objects: string[] = [];
	// 1: catalog, 2: pages, 3: font, then a page and its content per page.
	const pageIds = Array.from({ length: pages }, (_, index) => 4 + index * 2);
	objects.push('<< /Type /Catalog /Pages 2 0 R >>');
	objects.push(
		`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`
	);
	objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
	for (let index = 0; index < pages; index += 1) {
		const content = `0.2 0.4 0.8 rg 20 20 ${width - 40} ${height / 2} re f BT /F1 18 Tf 30 ${height - 40} Td (Page ${index + 1}) Tj ET`;
		objects.push(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`
		);
		objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
	}
	if (options.encrypted) {
		const junk = '<' + 'ab'.repeat(32) + '>';
		objects.push(`<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -4 >>`);
	}
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(body.length);
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	const encrypt = options.encrypted
		? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
		: '';
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}
