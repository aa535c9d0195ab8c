package org.learnloop.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups of the embedded database are written: {@code learnloop.backup.directory}, by
 * default {@code backups} beside the {@code data} folder.
 */
@ConfigurationProperties("learnloop.backup")
public record BackupSettings(@DefaultValue("backups") Path directory) {
}
