-- survey_spent is WITHOUT ROWID, edited in by hand after drizzle-kit (docs/decisions/009):
-- rows are stored in the order of their random markers, not in the order links were used.
CREATE TABLE `survey_spent` (
	`marker` blob PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `survey_spent_survey_idx` ON `survey_spent` (`survey_id`);--> statement-breakpoint
ALTER TABLE `survey_responses` DROP COLUMN `submitted_on`;