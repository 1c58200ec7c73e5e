ALTER TABLE `outbox` ADD `gathering_id` text;--> statement-breakpoint
CREATE INDEX `outbox_gathering_idx` ON `outbox` (`gathering_id`);--> statement-breakpoint
CREATE INDEX `outbox_to_idx` ON `outbox` (`to_address`);