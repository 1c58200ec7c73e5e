CREATE TABLE `exercise_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`members` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exercise_groups_code_unique` ON `exercise_groups` (`code`);--> statement-breakpoint
CREATE INDEX `exercise_groups_gathering_idx` ON `exercise_groups` (`gathering_id`);--> statement-breakpoint
CREATE TABLE `exercises` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`programme_item_id` text,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`task` text NOT NULL,
	`questions` text NOT NULL,
	`paragraphs` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_item_id`) REFERENCES `programme_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `exercises_gathering_idx` ON `exercises` (`gathering_id`,`number`);--> statement-breakpoint
CREATE TABLE `group_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`exercise_id` text NOT NULL,
	`group_id` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`examples` text DEFAULT '' NOT NULL,
	`priority_questions` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`exercise_id`) REFERENCES `exercises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `exercise_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_answers_exercise_group_idx` ON `group_answers` (`exercise_id`,`group_id`);--> statement-breakpoint
CREATE TABLE `question_votes` (
	`question_id` text NOT NULL,
	`voter` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`question_id`, `voter`),
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`programme_item_id` text,
	`paragraph` text,
	`text` text NOT NULL,
	`original_text` text,
	`asker_registration_id` text,
	`asker_user_id` text,
	`asker_name` text,
	`show_name` integer DEFAULT false NOT NULL,
	`group_id` text,
	`status` text NOT NULL,
	`merged_into` text,
	`answer` text,
	`answered_at` integer,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_item_id`) REFERENCES `programme_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`asker_registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`asker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `questions_gathering_idx` ON `questions` (`gathering_id`,`status`);--> statement-breakpoint
CREATE INDEX `questions_paragraph_idx` ON `questions` (`paragraph`,`published_at`);--> statement-breakpoint
CREATE TABLE `self_study_progress` (
	`user_id` text NOT NULL,
	`entry` text NOT NULL,
	`kind` text NOT NULL,
	`score` integer,
	`max_score` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `entry`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `gatherings` ADD `questions_deadline` integer;