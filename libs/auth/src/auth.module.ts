import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { GeographyModule } from '@rural/geography';

import { ActorNamesModule } from './actor-names.service.js';
import { AdmissionService } from './admission.service.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeysResolver } from './api-keys.resolver.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { SessionService } from './session.service.js';
import { UserSession } from './user-session.entity.js';
import { User } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';
import { WhoAmIResolver } from './who-am-i.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, UserSession, ApiKey, AuditEntry]), GeographyModule, ActorNamesModule],
  providers: [
    AuthService,
    SessionService,
    AdmissionService,
    LoginThrottle,
    UsersService,
    ApiKeysService,
    AuditLogService,
    AuditLogResolver,
    AuthResolver,
    UsersResolver,
    ApiKeysResolver,
    WhoAmIResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService, SessionService, AdmissionService],
})
export class AuthModule {}
