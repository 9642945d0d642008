/** How every input CSV is parsed: RFC 4180 quoting, LF or CRLF line ends (mixed too), empty lines skipped. */
export const CSV_OPTIONS = {
	bom: true,
	relax_column_count: true,
	skip_empty_lines: true,
	record_delimiter: ['\r\n', '\n']
};
