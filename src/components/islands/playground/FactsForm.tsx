/** The facts of a case, one field per fact in the engine's schema, each with its help text. */
import type { Lang } from '#i18n/index.ts';
import {
	BENEFIT_LABELS,
	BENEFIT_TYPES,
	NAV_CANNOT_OFFER_REASONS,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	WORK_ABILITY_OUTCOME_LABELS,
	WORK_ABILITY_OUTCOMES,
	type EligibilityFacts,
} from '#lib/rules/browser.ts';
import { DateField, NumberField, SelectField, TriState } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { ListField } from './ListField.tsx';
import { capitalize, fieldId } from './text.ts';

type Benefit = NonNullable<EligibilityFacts['benefits']>[number];
type Claim = NonNullable<EligibilityFacts['pendingBenefitClaims']>[number];
type Participation = NonNullable<EligibilityFacts['previousKvpParticipation']>[number];
type BenefitType = Benefit['type'];

export const FACTS_SCOPE = 'kvp-e';

type Props = {
	lang: Lang;
	t: Translate;
	facts: EligibilityFacts;
	errors: Record<string, string>;
	onChange: (patch: Partial<EligibilityFacts>) => void;
};

export function FactsForm({ lang, t, facts, errors, onChange }: Props) {
	const id = (path: string) => fieldId(FACTS_SCOPE, path);
	const tri = { yes: t('common.yes'), no: t('common.no'), unknown: t('common.unknown') };
	const benefitOptions = BENEFIT_TYPES.map((type) => ({
		value: type,
		label: capitalize(BENEFIT_LABELS[type][lang]),
	}));

	return (
		<div className="kvp-pg-fields">
			<DateField
				id={id('assessmentDate')}
				label={t('field.assessmentDate')}
				help={t('field.assessmentDate.help')}
				error={errors.assessmentDate}
				value={facts.assessmentDate}
				onChange={(value) => onChange({ assessmentDate: value })}
			/>
			<DateField
				id={id('birthDate')}
				label={t('field.birthDate')}
				help={t('field.birthDate.help')}
				error={errors.birthDate}
				value={facts.birthDate ?? ''}
				onChange={(value) => onChange({ birthDate: value === '' ? null : value })}
			/>
			<TriState
				id={id('lawfulResidenceAndFixedAbodeInNorway')}
				label={t('field.residence')}
				help={t('field.residence.help')}
				error={errors.lawfulResidenceAndFixedAbodeInNorway}
				labels={tri}
				value={facts.lawfulResidenceAndFixedAbodeInNorway}
				onChange={(value) => onChange({ lawfulResidenceAndFixedAbodeInNorway: value })}
			/>
			<TriState
				id={id('significantlyReducedWorkAndIncomeCapacity')}
				label={t('field.workCapacity')}
				help={t('field.workCapacity.help')}
				error={errors.significantlyReducedWorkAndIncomeCapacity}
				labels={tri}
				value={facts.significantlyReducedWorkAndIncomeCapacity}
				onChange={(value) => onChange({ significantlyReducedWorkAndIncomeCapacity: value })}
			/>
			<TriState
				id={id('workAbilityAssessmentDone')}
				label={t('field.waDone')}
				help={t('field.waDone.help')}
				error={errors.workAbilityAssessmentDone}
				labels={tri}
				value={facts.workAbilityAssessmentDone}
				onChange={(value) => onChange({ workAbilityAssessmentDone: value })}
			/>
			<SelectField
				id={id('workAbilityAssessmentOutcome')}
				label={t('field.waOutcome')}
				help={t('field.waOutcome.help')}
				error={errors.workAbilityAssessmentOutcome}
				value={facts.workAbilityAssessmentOutcome ?? ''}
				options={[
					{ value: '', label: t('common.notKnown') },
					...WORK_ABILITY_OUTCOMES.map((o) => ({
						value: o,
						label: capitalize(WORK_ABILITY_OUTCOME_LABELS[o][lang]),
					})),
				]}
				onChange={(value) =>
					onChange({
						workAbilityAssessmentOutcome:
							value === '' ? null : (value as EligibilityFacts['workAbilityAssessmentOutcome']),
					})
				}
			/>
			<ListField<Benefit>
				id={id('benefits')}
				legend={t('field.benefits')}
				help={t('field.benefits.help')}
				items={facts.benefits}
				onChange={(benefits) => onChange({ benefits })}
				newItem={() => ({
					type: 'arbeidsavklaringspenger',
					annualAmountNOK: null,
					noneOrVeryLimited: null,
				})}
				itemLegend={(n) => t('field.benefit.item', { n })}
				addLabel={t('field.benefit.add')}
				removeLabel={(n) => t('field.benefit.remove', { n })}
				emptyText={t('field.benefits.none')}
				unknownLabel={t('common.notMapped')}
				renderItem={(benefit, i, update) => (
					<>
						<SelectField
							id={id(`benefits[${i}].type`)}
							label={t('field.benefit.type')}
							error={errors[`benefits[${i}].type`]}
							value={benefit.type}
							options={benefitOptions}
							onChange={(value) => update({ type: value as BenefitType })}
						/>
						<NumberField
							id={id(`benefits[${i}].annualAmountNOK`)}
							label={t('field.benefit.amount')}
							help={t('field.benefit.amount.help')}
							error={errors[`benefits[${i}].annualAmountNOK`]}
							value={benefit.annualAmountNOK}
							min={0}
							step={1}
							onChange={(value) => update({ annualAmountNOK: value })}
						/>
						<TriState
							id={id(`benefits[${i}].noneOrVeryLimited`)}
							label={t('field.benefit.limited')}
							help={t('field.benefit.limited.help')}
							error={errors[`benefits[${i}].noneOrVeryLimited`]}
							labels={tri}
							value={benefit.noneOrVeryLimited}
							onChange={(value) => update({ noneOrVeryLimited: value })}
						/>
					</>
				)}
			/>
			<ListField<Claim>
				id={id('pendingBenefitClaims')}
				legend={t('field.claims')}
				help={t('field.claims.help')}
				items={facts.pendingBenefitClaims}
				onChange={(pendingBenefitClaims) => onChange({ pendingBenefitClaims })}
				newItem={() => ({ type: 'uføretrygd', status: 'application-pending' })}
				itemLegend={(n) => t('field.claim.item', { n })}
				addLabel={t('field.claim.add')}
				removeLabel={(n) => t('field.claim.remove', { n })}
				emptyText={t('field.claims.none')}
				unknownLabel={t('common.notMapped')}
				renderItem={(claim, i, update) => (
					<>
						<SelectField
							id={id(`pendingBenefitClaims[${i}].type`)}
							label={t('field.claim.type')}
							error={errors[`pendingBenefitClaims[${i}].type`]}
							value={claim.type}
							options={benefitOptions}
							onChange={(value) => update({ type: value as BenefitType })}
						/>
						<SelectField
							id={id(`pendingBenefitClaims[${i}].status`)}
							label={t('field.claim.status')}
							error={errors[`pendingBenefitClaims[${i}].status`]}
							value={claim.status}
							options={PENDING_CLAIM_STATUSES.map((status) => ({
								value: status,
								label: t(`field.claim.status.${status}`),
							}))}
							onChange={(value) => update({ status: value as Claim['status'] })}
						/>
					</>
				)}
			/>
			<TriState
				id={id('closeCoordinatedAssistanceAppropriateAndNecessary')}
				label={t('field.assistance')}
				help={t('field.assistance.help')}
				error={errors.closeCoordinatedAssistanceAppropriateAndNecessary}
				labels={tri}
				value={facts.closeCoordinatedAssistanceAppropriateAndNecessary}
				onChange={(value) => onChange({ closeCoordinatedAssistanceAppropriateAndNecessary: value })}
			/>
			<TriState
				id={id('navCanOfferAdaptedProgramme')}
				label={t('field.navOffer')}
				help={t('field.navOffer.help')}
				error={errors.navCanOfferAdaptedProgramme}
				labels={tri}
				value={facts.navCanOfferAdaptedProgramme}
				onChange={(value) =>
					onChange(
						value === false
							? { navCanOfferAdaptedProgramme: value }
							: { navCanOfferAdaptedProgramme: value, navCannotOfferReason: null },
					)
				}
			/>
			{facts.navCanOfferAdaptedProgramme === false && (
				<SelectField
					id={id('navCannotOfferReason')}
					label={t('field.navReason')}
					help={t('field.navReason.help')}
					error={errors.navCannotOfferReason}
					value={facts.navCannotOfferReason ?? ''}
					options={[
						{ value: '', label: t('common.notKnown') },
						...NAV_CANNOT_OFFER_REASONS.map((reason) => ({
							value: reason,
							label: t(`field.navReason.${reason}`),
						})),
					]}
					onChange={(value) =>
						onChange({
							navCannotOfferReason:
								value === '' ? null : (value as EligibilityFacts['navCannotOfferReason']),
						})
					}
				/>
			)}
			<ListField<Participation>
				id={id('previousKvpParticipation')}
				legend={t('field.previous')}
				help={t('field.previous.help')}
				items={facts.previousKvpParticipation}
				onChange={(previousKvpParticipation) => onChange({ previousKvpParticipation })}
				newItem={() => ({
					outcome: 'completed',
					startDate: '',
					endDate: null,
					readmittedAfterInterruption: null,
				})}
				itemLegend={(n) => t('field.previous.item', { n })}
				addLabel={t('field.previous.add')}
				removeLabel={(n) => t('field.previous.remove', { n })}
				emptyText={t('field.previous.none')}
				unknownLabel={t('common.notMapped')}
				renderItem={(entry, i, update) => (
					<>
						<SelectField
							id={id(`previousKvpParticipation[${i}].outcome`)}
							label={t('field.previous.outcome')}
							error={errors[`previousKvpParticipation[${i}].outcome`]}
							value={entry.outcome}
							options={PARTICIPATION_OUTCOMES.map((outcome) => ({
								value: outcome,
								label: t(`field.previous.outcome.${outcome}`),
							}))}
							onChange={(value) => update({ outcome: value as Participation['outcome'] })}
						/>
						<DateField
							id={id(`previousKvpParticipation[${i}].startDate`)}
							label={t('field.previous.start')}
							error={errors[`previousKvpParticipation[${i}].startDate`]}
							value={entry.startDate}
							onChange={(value) => update({ startDate: value })}
						/>
						<DateField
							id={id(`previousKvpParticipation[${i}].endDate`)}
							label={t('field.previous.end')}
							help={t('field.previous.end.help')}
							error={errors[`previousKvpParticipation[${i}].endDate`]}
							value={entry.endDate ?? ''}
							onChange={(value) => update({ endDate: value === '' ? null : value })}
						/>
						{entry.outcome === 'interrupted' && (
							<TriState
								id={id(`previousKvpParticipation[${i}].readmittedAfterInterruption`)}
								label={t('field.previous.readmitted')}
								error={errors[`previousKvpParticipation[${i}].readmittedAfterInterruption`]}
								labels={tri}
								value={entry.readmittedAfterInterruption}
								onChange={(value) => update({ readmittedAfterInterruption: value })}
							/>
						)}
					</>
				)}
			/>
		</div>
	);
}
