/** PLACEHOLDER until h11core's template lands (their branch replaces this file). */
export function buildTemplateZip(): Uint8Array {
	throw new Error('The template is not in this build yet.');
}
