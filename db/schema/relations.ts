import { relations } from 'drizzle-orm';
import { networks, offices } from './networks.ts';
import { networkCoordinators, users } from './users.ts';
import { gatherings, presentations, programmeItems, registrations } from './gatherings.ts';
import { exerciseGroups, exercises, groupAnswers } from './exercises.ts';
import { questions, questionVotes } from './questions.ts';
import {
	surveyAnswers,
	surveyInvitations,
	surveyQuestions,
	surveyResponses,
	surveys,
	surveySnapshots,
} from './surveys.ts';

// Relations for drizzle's query API (`db.query.x.findMany({ with: … })`). Not part of the SQL.
export const networksRelations = relations(networks, ({ many }) => ({
	offices: many(offices),
	gatherings: many(gatherings),
}));
export const officesRelations = relations(offices, ({ one }) => ({
	network: one(networks, { fields: [offices.networkId], references: [networks.id] }),
}));
export const usersRelations = relations(users, ({ many }) => ({
	coordinatorOf: many(networkCoordinators),
}));
export const networkCoordinatorsRelations = relations(networkCoordinators, ({ one }) => ({
	user: one(users, { fields: [networkCoordinators.userId], references: [users.id] }),
	network: one(networks, { fields: [networkCoordinators.networkId], references: [networks.id] }),
}));

export const gatheringsRelations = relations(gatherings, ({ one, many }) => ({
	network: one(networks, { fields: [gatherings.networkId], references: [networks.id] }),
	programme: many(programmeItems),
	registrations: many(registrations),
	presentations: many(presentations),
}));
export const programmeItemsRelations = relations(programmeItems, ({ one }) => ({
	gathering: one(gatherings, { fields: [programmeItems.gatheringId], references: [gatherings.id] }),
}));
export const registrationsRelations = relations(registrations, ({ one }) => ({
	gathering: one(gatherings, { fields: [registrations.gatheringId], references: [gatherings.id] }),
	office: one(offices, { fields: [registrations.officeId], references: [offices.id] }),
}));
export const presentationsRelations = relations(presentations, ({ one }) => ({
	gathering: one(gatherings, { fields: [presentations.gatheringId], references: [gatherings.id] }),
}));

export const questionsRelations = relations(questions, ({ one, many }) => ({
	gathering: one(gatherings, { fields: [questions.gatheringId], references: [gatherings.id] }),
	programmeItem: one(programmeItems, {
		fields: [questions.programmeItemId],
		references: [programmeItems.id],
	}),
	votes: many(questionVotes),
}));
export const questionVotesRelations = relations(questionVotes, ({ one }) => ({
	question: one(questions, { fields: [questionVotes.questionId], references: [questions.id] }),
}));
export const exercisesRelations = relations(exercises, ({ one, many }) => ({
	gathering: one(gatherings, { fields: [exercises.gatheringId], references: [gatherings.id] }),
	answers: many(groupAnswers),
}));
export const exerciseGroupsRelations = relations(exerciseGroups, ({ one, many }) => ({
	gathering: one(gatherings, { fields: [exerciseGroups.gatheringId], references: [gatherings.id] }),
	answers: many(groupAnswers),
}));
export const groupAnswersRelations = relations(groupAnswers, ({ one }) => ({
	exercise: one(exercises, { fields: [groupAnswers.exerciseId], references: [exercises.id] }),
	group: one(exerciseGroups, { fields: [groupAnswers.groupId], references: [exerciseGroups.id] }),
}));

// Surveys: invitations and responses both belong to a survey, and there is deliberately no
// relation between them (docs/decisions/009-survey-anonymity.md).
export const surveysRelations = relations(surveys, ({ one, many }) => ({
	gathering: one(gatherings, { fields: [surveys.gatheringId], references: [gatherings.id] }),
	questions: many(surveyQuestions),
	invitations: many(surveyInvitations),
	responses: many(surveyResponses),
	snapshot: one(surveySnapshots, { fields: [surveys.id], references: [surveySnapshots.surveyId] }),
}));
export const surveyQuestionsRelations = relations(surveyQuestions, ({ one, many }) => ({
	survey: one(surveys, { fields: [surveyQuestions.surveyId], references: [surveys.id] }),
	answers: many(surveyAnswers),
}));
export const surveyInvitationsRelations = relations(surveyInvitations, ({ one }) => ({
	survey: one(surveys, { fields: [surveyInvitations.surveyId], references: [surveys.id] }),
	registration: one(registrations, {
		fields: [surveyInvitations.registrationId],
		references: [registrations.id],
	}),
}));
export const surveyResponsesRelations = relations(surveyResponses, ({ one, many }) => ({
	survey: one(surveys, { fields: [surveyResponses.surveyId], references: [surveys.id] }),
	answers: many(surveyAnswers),
}));
export const surveyAnswersRelations = relations(surveyAnswers, ({ one }) => ({
	response: one(surveyResponses, {
		fields: [surveyAnswers.responseId],
		references: [surveyResponses.id],
	}),
	question: one(surveyQuestions, {
		fields: [surveyAnswers.questionId],
		references: [surveyQuestions.id],
	}),
}));
export const surveySnapshotsRelations = relations(surveySnapshots, ({ one }) => ({
	survey: one(surveys, { fields: [surveySnapshots.surveyId], references: [surveys.id] }),
}));
