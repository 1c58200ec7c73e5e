-- survey_answers and survey_responses are WITHOUT ROWID, edited in by hand after drizzle-kit
-- generated this file: stored order must not reveal arrival order (docs/decisions/009-survey-anonymity.md).
CREATE TABLE `survey_answers` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`item` text DEFAULT '' NOT NULL,
	`value_int` integer,
	`value_text` text,
	PRIMARY KEY(`response_id`, `question_id`, `item`),
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `survey_answers_question_idx` ON `survey_answers` (`question_id`,`item`,`value_int`);--> statement-breakpoint
CREATE TABLE `survey_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`registration_id` text,
	`secret_hash` blob NOT NULL,
	`reminder_secret_hash` blob,
	`sent_at` integer NOT NULL,
	`reminded_at` integer,
	`used` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_invitations_registration_idx` ON `survey_invitations` (`survey_id`,`registration_id`);--> statement-breakpoint
CREATE TABLE `survey_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`type` text NOT NULL,
	`required` integer NOT NULL,
	`text_nb` text NOT NULL,
	`text_nn` text NOT NULL,
	`help_nb` text DEFAULT '' NOT NULL,
	`help_nn` text DEFAULT '' NOT NULL,
	`options` text NOT NULL,
	`scale_max` integer DEFAULT 5 NOT NULL,
	`scale_labels` text,
	`max_length` integer DEFAULT 2000 NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_questions_survey_idx` ON `survey_questions` (`survey_id`,`position`);--> statement-breakpoint
CREATE INDEX `survey_questions_key_idx` ON `survey_questions` (`key`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`submitted_on` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `survey_responses_survey_idx` ON `survey_responses` (`survey_id`);--> statement-breakpoint
CREATE TABLE `survey_snapshots` (
	`survey_id` text PRIMARY KEY NOT NULL,
	`responses` integer NOT NULL,
	`data` text NOT NULL,
	`taken_at` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`kind` text NOT NULL,
	`title_nb` text NOT NULL,
	`title_nn` text NOT NULL,
	`intro_nb` text DEFAULT '' NOT NULL,
	`intro_nn` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`open_code` text,
	`opened_at` integer,
	`closed_at` integer,
	`invitations_sent_at` integer,
	`reminder_sent_at` integer,
	`follow_up` text,
	`follow_up_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_open_code_unique` ON `surveys` (`open_code`);--> statement-breakpoint
CREATE INDEX `surveys_gathering_idx` ON `surveys` (`gathering_id`);