import { relations } from 'drizzle-orm';
import { networks, offices } from './networks.ts';
import { networkCoordinators, users } from './users.ts';

// Relations for drizzle's query API (`db.query.x.findMany({ with: … })`). Not part of the SQL.
export const networksRelations = relations(networks, ({ many }) => ({ offices: many(offices) }));
export const officesRelations = relations(offices, ({ one }) => ({
	network: one(networks, { fields: [offices.networkId], references: [networks.id] }),
}));
export const usersRelations = relations(users, ({ many }) => ({ coordinatorOf: many(networkCoordinators) }));
export const networkCoordinatorsRelations = relations(networkCoordinators, ({ one }) => ({
	user: one(users, { fields: [networkCoordinators.userId], references: [users.id] }),
	network: one(networks, { fields: [networkCoordinators.networkId], references: [networks.id] }),
}));
