import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { isPublicRoute, requiredRoles } from './auth.guard';

const DOCUMENTED = Symbol('aftersales:bearer-documented');

/**
 * The OpenAPI document says what the guard enforces: every route that is not @Public() needs the bearer scheme,
 * and `x-required-roles` lists its @Roles(). Runs at init, before the service builds its document.
 */
@Injectable()
export class BearerAuthDocumentation implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        // Two apps in one process (tests) share the classes: document each handler once.
        if (!Reflect.hasMetadata(PATH_METADATA, handler) || Reflect.getMetadata(DOCUMENTED, handler)) continue;
        Reflect.defineMetadata(DOCUMENTED, true, handler);
        if (isPublicRoute(this.reflector, handler, controller)) continue;
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
        if (!descriptor) continue;
        ApiBearerAuth('bearer')(prototype, name, descriptor);
        const roles = requiredRoles(this.reflector, handler, controller);
        if (roles?.length) ApiExtension('x-required-roles', roles)(prototype, name, descriptor);
      }
    }
  }
}
