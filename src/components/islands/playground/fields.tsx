/**
 * Aksel form fields as plain React elements with Aksel's CSS classes (the Aksel React components
 * would add far more JavaScript than these few lines). Every field has a label, its help text tied
 * to the input with aria-describedby, and an error slot that is announced when it changes.
 */
import type { ReactNode } from 'react';

type Common = {
	id: string;
	label: string;
	help?: string | undefined;
	error?: string | undefined;
};

function describedBy(
	id: string,
	help: string | undefined,
	error: string | undefined,
): string | undefined {
	const ids = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean);
	return ids.length > 0 ? ids.join(' ') : undefined;
}

function ErrorIcon() {
	return (
		<svg
			viewBox="0 0 17 16"
			fill="none"
			xmlns="http://www.w3.org/2000/svg"
			focusable="false"
			aria-hidden="true"
		>
			<path
				fillRule="evenodd"
				clipRule="evenodd"
				d="M3.49209 11.534L8.11398 2.7594C8.48895 2.04752 9.50833 2.04743 9.88343 2.75924L14.5073 11.5339C14.8582 12.1998 14.3753 13 13.6226 13H4.37685C3.6242 13 3.14132 12.1999 3.49209 11.534ZM9.74855 10.495C9.74855 10.9092 9.41276 11.245 8.99855 11.245C8.58433 11.245 8.24855 10.9092 8.24855 10.495C8.24855 10.0808 8.58433 9.74497 8.99855 9.74497C9.41276 9.74497 9.74855 10.0808 9.74855 10.495ZM9.49988 5.49997C9.49988 5.22383 9.27602 4.99997 8.99988 4.99997C8.72373 4.99997 8.49988 5.22383 8.49988 5.49997V7.99997C8.49988 8.27611 8.72373 8.49997 8.99988 8.49997C9.27602 8.49997 9.49988 8.27611 9.49988 7.99997V5.49997Z"
				fill="currentColor"
			/>
		</svg>
	);
}

function FieldError({
	id,
	error,
	className = 'aksel-form-field__error',
}: {
	id: string;
	error?: string | undefined;
	className?: string;
}) {
	return (
		<div
			className={className}
			id={`${id}-error`}
			aria-relevant="additions removals"
			aria-live="polite"
		>
			{error && (
				<p className="aksel-error-message aksel-label aksel-error-message--show-icon">
					<ErrorIcon />
					{error}
				</p>
			)}
		</div>
	);
}

function Help({
	id,
	help,
	className,
}: {
	id: string;
	help?: string | undefined;
	className: string;
}) {
	if (!help) return null;
	return (
		<div id={`${id}-help`} className={`${className} aksel-body-short aksel-body-short--medium`}>
			{help}
		</div>
	);
}

const INPUT_CLASS = 'aksel-text-field__input aksel-body-short aksel-body-short--medium';

/** A date as an ISO string ('' while empty or incomplete). */
export function DateField({
	id,
	label,
	help,
	error,
	value,
	onChange,
}: Common & { value: string; onChange: (value: string) => void }) {
	return (
		<div
			className={`aksel-form-field aksel-form-field--medium kvp-pg-date${error ? ' aksel-text-field--error' : ''}`}
		>
			<label htmlFor={id} className="aksel-form-field__label aksel-label">
				{label}
			</label>
			<Help id={id} help={help} className="aksel-form-field__description" />
			<input
				id={id}
				type="date"
				min="1900-01-01"
				max="2099-12-31"
				className={INPUT_CLASS}
				value={value}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(id, help, error)}
				onChange={(event) => onChange(event.currentTarget.value)}
			/>
			<FieldError id={id} error={error} />
		</div>
	);
}

/** A whole number or an amount; NaN while the field is empty (the engine then names the error). */
export function NumberField({
	id,
	label,
	help,
	error,
	value,
	onChange,
	min,
	max,
	step,
}: Common & {
	value: number | null;
	onChange: (value: number | null) => void;
	min?: number;
	max?: number;
	step?: number;
}) {
	const shown = value === null || Number.isNaN(value) ? '' : String(value);
	return (
		<div
			className={`aksel-form-field aksel-form-field--medium kvp-pg-number${error ? ' aksel-text-field--error' : ''}`}
		>
			<label htmlFor={id} className="aksel-form-field__label aksel-label">
				{label}
			</label>
			<Help id={id} help={help} className="aksel-form-field__description" />
			<input
				id={id}
				type="number"
				inputMode="numeric"
				min={min}
				max={max}
				step={step ?? 1}
				className={INPUT_CLASS}
				value={shown}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(id, help, error)}
				onChange={(event) => {
					const raw = event.currentTarget.value;
					onChange(raw === '' ? null : Number(raw));
				}}
			/>
			<FieldError id={id} error={error} />
		</div>
	);
}

export type Option = { value: string; label: string };

export function SelectField({
	id,
	label,
	help,
	error,
	value,
	options,
	onChange,
}: Common & { value: string; options: readonly Option[]; onChange: (value: string) => void }) {
	return (
		<div
			className={`aksel-form-field aksel-form-field--medium${error ? ' aksel-select--error' : ''}`}
		>
			<label htmlFor={id} className="aksel-form-field__label aksel-label">
				{label}
			</label>
			<Help id={id} help={help} className="aksel-form-field__description" />
			<div className="aksel-select__container">
				<select
					id={id}
					className="aksel-select__input aksel-body-short aksel-body-short--medium"
					value={value}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(id, help, error)}
					onChange={(event) => onChange(event.currentTarget.value)}
				>
					{options.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
				<svg
					xmlns="http://www.w3.org/2000/svg"
					width="1em"
					height="1em"
					fill="none"
					viewBox="0 0 24 24"
					focusable="false"
					aria-hidden="true"
					className="aksel-select__chevron"
				>
					<path
						fill="currentColor"
						fillRule="evenodd"
						d="M5.97 9.47a.75.75 0 0 1 1.06 0L12 14.44l4.97-4.97a.75.75 0 1 1 1.06 1.06l-5.5 5.5a.75.75 0 0 1-1.06 0l-5.5-5.5a.75.75 0 0 1 0-1.06"
						clipRule="evenodd"
					/>
				</svg>
			</div>
			<FieldError id={id} error={error} />
		</div>
	);
}

/** A group of radio buttons in a fieldset, laid out in a row where there is room. */
export function RadioGroup<T extends string>({
	id,
	label,
	help,
	error,
	value,
	options,
	onChange,
}: Common & {
	value: T | null;
	options: readonly { value: T; label: string }[];
	onChange: (value: T) => void;
}) {
	return (
		<fieldset
			className={`aksel-fieldset aksel-fieldset--medium kvp-pg-radios${error ? ' aksel-fieldset--error' : ''}`}
			aria-describedby={describedBy(id, help, error)}
		>
			<legend className="aksel-fieldset__legend aksel-label">{label}</legend>
			<Help id={id} help={help} className="aksel-fieldset__description" />
			<div className="kvp-pg-radio-row">
				{options.map((option) => {
					const optionId = `${id}-${option.value}`;
					return (
						<div key={option.value} className="aksel-radio aksel-radio--medium">
							<input
								id={optionId}
								type="radio"
								name={id}
								value={option.value}
								className="aksel-radio__input"
								data-standalone="false"
								checked={value === option.value}
								onChange={() => onChange(option.value)}
							/>
							<label
								htmlFor={optionId}
								className="aksel-radio__label aksel-body-short aksel-body-short--medium"
							>
								{option.label}
							</label>
						</div>
					);
				})}
			</div>
			<FieldError id={id} error={error} className="aksel-fieldset__error" />
		</fieldset>
	);
}

const TRI_VALUES = { yes: true, no: false, unknown: null } as const;
type TriKey = keyof typeof TRI_VALUES;

function triKey(value: boolean | null): TriKey {
	return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}

/** Yes / no / not assessed, for the engine's tri-state facts. */
export function TriState({
	labels,
	value,
	onChange,
	...common
}: Common & {
	labels: { yes: string; no: string; unknown: string };
	value: boolean | null;
	onChange: (value: boolean | null) => void;
}) {
	return (
		<RadioGroup<TriKey>
			{...common}
			value={triKey(value)}
			options={[
				{ value: 'yes', label: labels.yes },
				{ value: 'no', label: labels.no },
				{ value: 'unknown', label: labels.unknown },
			]}
			onChange={(key) => onChange(TRI_VALUES[key])}
		/>
	);
}

export function Checkbox({
	id,
	label,
	checked,
	onChange,
	help,
}: {
	id: string;
	label: string;
	checked: boolean;
	onChange: (checked: boolean) => void;
	help?: string;
}) {
	return (
		<div className="aksel-checkbox aksel-checkbox--medium">
			<div className="aksel-checkbox__input-wrapper" data-standalone="false">
				<input
					id={id}
					type="checkbox"
					className="aksel-checkbox__input"
					checked={checked}
					aria-describedby={help ? `${id}-help` : undefined}
					onChange={(event) => onChange(event.currentTarget.checked)}
				/>
				<svg
					xmlns="http://www.w3.org/2000/svg"
					viewBox="0 0 13 10"
					fill="none"
					focusable="false"
					role="img"
					aria-hidden="true"
					className="aksel-checkbox__icon"
				>
					<path
						d="M4.03524 6.41478L10.4752 0.404669C11.0792 -0.160351 12.029 -0.130672 12.5955 0.47478C13.162 1.08027 13.1296 2.03007 12.5245 2.59621L5.02111 9.59934C4.74099 9.85904 4.37559 10 4.00025 10C3.60651 10 3.22717 9.84621 2.93914 9.56111L0.439143 7.06111C-0.146381 6.47558 -0.146381 5.52542 0.439143 4.93989C1.02467 4.35437 1.97483 4.35437 2.56036 4.93989L4.03524 6.41478Z"
						fill="currentColor"
					/>
				</svg>
			</div>
			<label
				htmlFor={id}
				className="aksel-checkbox__label aksel-body-short aksel-body-short--medium"
			>
				{label}
			</label>
			{help && (
				<div
					id={`${id}-help`}
					className="aksel-form-field__subdescription aksel-checkbox__description aksel-body-short aksel-body-short--medium"
				>
					{help}
				</div>
			)}
		</div>
	);
}

/** A fieldset grouping several fields (a list of benefits, a date range …). */
export function Group({
	id,
	legend,
	help,
	children,
	className = '',
}: {
	id: string;
	legend: string;
	help?: string | undefined;
	children: ReactNode;
	className?: string;
}) {
	return (
		<fieldset
			className={`aksel-fieldset aksel-fieldset--medium kvp-pg-group ${className}`}
			aria-describedby={help ? `${id}-help` : undefined}
		>
			<legend className="aksel-fieldset__legend aksel-label">{legend}</legend>
			<Help id={id} help={help} className="aksel-fieldset__description" />
			<div className="kvp-pg-group-body">{children}</div>
		</fieldset>
	);
}

type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

export function Button({
	variant = 'secondary',
	size = 'medium',
	onClick,
	children,
	...rest
}: {
	variant?: ButtonVariant;
	size?: 'medium' | 'small';
	onClick: () => void;
	children: ReactNode;
	'aria-describedby'?: string;
	'aria-label'?: string;
}) {
	return (
		<button
			type="button"
			data-variant={variant}
			className={`aksel-button aksel-button--${size}`}
			onClick={onClick}
			{...rest}
		>
			<span className="aksel-label">{children}</span>
		</button>
	);
}

const ALERT_PATHS = {
	success:
		'M12 21.75c5.385 0 9.75-4.365 9.75-9.75S17.385 2.25 12 2.25 2.25 6.615 2.25 12s4.365 9.75 9.75 9.75m4.954-12.475a.813.813 0 0 0-1.24-1.05l-5.389 6.368L7.7 11.967a.812.812 0 0 0-1.15 1.15l3.25 3.25a.81.81 0 0 0 1.195-.05z',
	error:
		'M7.742 2.47a.75.75 0 0 1 .53-.22h7.456a.75.75 0 0 1 .53.22l5.272 5.272c.141.14.22.331.22.53v7.456a.75.75 0 0 1-.22.53l-5.272 5.272a.75.75 0 0 1-.53.22H8.272a.75.75 0 0 1-.53-.22L2.47 16.258a.75.75 0 0 1-.22-.53V8.272a.75.75 0 0 1 .22-.53zm1.288 5.5a.75.75 0 0 0-1.06 1.06L10.94 12l-2.97 2.97a.75.75 0 1 0 1.06 1.06L12 13.06l2.97 2.97a.75.75 0 1 0 1.06-1.06L13.06 12l2.97-2.97a.75.75 0 0 0-1.06-1.06L12 10.94z',
	warning:
		'M12 2.25c.473 0 .906.267 1.118.69l8.5 17A1.25 1.25 0 0 1 20.5 21.75h-17a1.25 1.25 0 0 1-1.118-1.81l8.5-17A1.25 1.25 0 0 1 12 2.25M12 16a1 1 0 1 0 0 2 1 1 0 0 0 0-2m0-8a.75.75 0 0 0-.75.75v5.5a.75.75 0 0 0 1.5 0v-5.5A.75.75 0 0 0 12 8',
	info: 'M12 2.25c5.385 0 9.75 4.365 9.75 9.75s-4.365 9.75-9.75 9.75S2.25 17.385 2.25 12 6.615 2.25 12 2.25M12 10a.75.75 0 0 0-.75.75v5.5a.75.75 0 0 0 1.5 0v-5.5A.75.75 0 0 0 12 10m0-3.5a1 1 0 1 0 0 2 1 1 0 0 0 0-2',
} as const;

const ALERT_COLORS = {
	success: 'success',
	error: 'danger',
	warning: 'warning',
	info: 'info',
} as const;

/** Aksel's Alert; the icon is decorative (the text says what the alert is about). */
export function Alert({
	variant,
	children,
	testid,
}: {
	variant: keyof typeof ALERT_PATHS;
	children: ReactNode;
	testid?: string;
}) {
	return (
		<div
			data-color={ALERT_COLORS[variant]}
			data-variant={variant}
			className={`aksel-alert aksel-alert--${variant} aksel-alert--medium`}
			data-testid={testid}
		>
			<svg
				xmlns="http://www.w3.org/2000/svg"
				width="1em"
				height="1em"
				fill="none"
				viewBox="0 0 24 24"
				focusable="false"
				aria-hidden="true"
				className="aksel-alert__icon"
			>
				<path fill="currentColor" fillRule="evenodd" d={ALERT_PATHS[variant]} clipRule="evenodd" />
			</svg>
			<div className="aksel-alert__wrapper aksel-alert__wrapper--maxwidth aksel-body-long aksel-body-long--medium">
				{children}
			</div>
		</div>
	);
}

/** Aksel's Tag, for a condition's status. */
export function Tag({
	color,
	children,
}: {
	color: 'success' | 'danger' | 'warning' | 'neutral' | 'info';
	children: ReactNode;
}) {
	return (
		<span
			data-color={color}
			data-variant="moderate"
			className="aksel-tag aksel-tag--small aksel-body-short aksel-body-short--small"
		>
			{children}
		</span>
	);
}
