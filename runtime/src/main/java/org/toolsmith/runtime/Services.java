package org.toolsmith.runtime;

import org.toolsmith.draft.Drafter;
import org.toolsmith.draft.Refiner;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.logic.Logic;
import org.toolsmith.runtime.logic.Notifications;
import org.toolsmith.runtime.mail.OutboxSender;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.Accounts;
import org.toolsmith.runtime.people.LoginThrottle;
import org.toolsmith.runtime.people.Sharing;
import org.toolsmith.runtime.people.SingleSignOn;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.review.Lifecycle;
import org.toolsmith.runtime.system.Config;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

/**
 * What route classes need, built once by {@link ToolsmithServer} and handed to their constructors.
 * {@code sso} is null when no single sign-on provider is configured; {@code mail} delivers the outbox
 * (and says whether an SMTP server is configured).
 */
public record Services(Config config, Database database, SpecJson json, Templates templates,
                       AppRegistry apps, RecordStore records, Drafter drafter, Refiner refiner,
                       Accounts accounts, Sharing sharing, Access access, LoginThrottle throttle, SingleSignOn sso,
                       Lifecycle lifecycle, Logic logic, Notifications notifications, OutboxSender mail) {
}
