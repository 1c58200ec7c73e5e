/**
 * A list of records (benefits, decisions, earlier participation …) with add and remove buttons.
 * When `unknownLabel` is given, the list may also be null: "not mapped yet", which the engine
 * treats differently from an empty list.
 *
 * Focus: after adding, focus moves to the new item's first field; after removing, to the add
 * button, so a keyboard user never lands on the page's top.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Checkbox, Group } from './fields.tsx';

type Props<T> = {
	id: string;
	legend: string;
	help?: string | undefined;
	items: readonly T[] | null;
	onChange: (items: T[] | null) => void;
	newItem: () => T;
	itemLegend: (n: number) => string;
	addLabel: string;
	removeLabel: (n: number) => string;
	emptyText: string;
	/** Offer "not mapped yet" (null). */
	unknownLabel?: string;
	renderItem: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
};

export function ListField<T>({
	id,
	legend,
	help,
	items,
	onChange,
	newItem,
	itemLegend,
	addLabel,
	removeLabel,
	emptyText,
	unknownLabel,
	renderItem,
}: Props<T>) {
	const [focusIndex, setFocusIndex] = useState<number | 'add' | null>(null);
	const itemRefs = useRef<(HTMLFieldSetElement | null)[]>([]);
	const addRef = useRef<HTMLDivElement | null>(null);

	useEffect(() => {
		if (focusIndex === null) return;
		const target =
			focusIndex === 'add'
				? addRef.current?.querySelector('button')
				: itemRefs.current[focusIndex]?.querySelector<HTMLElement>('input, select');
		target?.focus();
		setFocusIndex(null);
	}, [focusIndex]);

	const list = items ?? [];
	return (
		<Group id={id} legend={legend} help={help} className="kvp-pg-list">
			{unknownLabel !== undefined && (
				<Checkbox
					id={`${id}-unknown`}
					label={unknownLabel}
					checked={items === null}
					onChange={(checked) => onChange(checked ? null : [])}
				/>
			)}
			{items !== null && (
				<>
					{list.length === 0 && (
						<p className="aksel-body-short aksel-body-short--medium kvp-pg-muted">{emptyText}</p>
					)}
					{list.map((item, index) => (
						<fieldset
							key={index}
							className="aksel-fieldset aksel-fieldset--medium kvp-pg-item"
							ref={(element) => {
								itemRefs.current[index] = element;
							}}
						>
							<legend className="aksel-fieldset__legend aksel-label aksel-label--small">
								{itemLegend(index + 1)}
							</legend>
							<div className="kvp-pg-item-body">
								{renderItem(item, index, (patch) =>
									onChange(list.map((entry, i) => (i === index ? { ...entry, ...patch } : entry))),
								)}
								<div>
									<Button
										variant="tertiary"
										size="small"
										onClick={() => {
											onChange(list.filter((_, i) => i !== index));
											setFocusIndex('add');
										}}
									>
										{removeLabel(index + 1)}
									</Button>
								</div>
							</div>
						</fieldset>
					))}
					<div ref={addRef}>
						<Button
							variant="secondary"
							size="small"
							onClick={() => {
								onChange([...list, newItem()]);
								setFocusIndex(list.length);
							}}
						>
							{addLabel}
						</Button>
					</div>
				</>
			)}
		</Group>
	);
}
